// Bulk: assign the selected reports to one desk officer (or unassign them).
import { useState } from "react";
import { Button, useTranslate } from "react-admin";
import { MenuItem, TextField } from "@mui/material";
import AssignIcon from "@mui/icons-material/AssignmentIndOutlined";
import { BulkActionDialog } from "./BulkActionDialog";
import { useBulkReportAction } from "./useBulkReportAction";
import { useDeskOfficers } from "./useDeskOfficers";

const nobody = "none";

function BulkAssignDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const { officers } = useDeskOfficers();
  const { run, isPending, count } = useBulkReportAction();
  const [choice, setChoice] = useState("");
  const officer = officers.find((o) => o.id === choice);
  const question =
    choice === nobody
      ? translate("triage.bulk.unassignQuestion", { smart_count: count })
      : officer
        ? translate("triage.bulk.assignQuestion", {
            smart_count: count,
            name: officer.displayName,
          })
        : null;
  const confirm = async () => {
    if (
      await run({
        action: "assign",
        assigneeId: choice === nobody ? null : choice,
      })
    )
      onClose();
  };
  return (
    <BulkActionDialog
      title={translate("triage.bulk.assign")}
      question={question}
      confirmLabel={translate("triage.bulk.assign")}
      isPending={isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <TextField
        select
        label={translate("triage.bulk.officer")}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- WAI-ARIA dialog pattern: focus starts on the dialog's first field
        autoFocus
      >
        {officers.map((o) => (
          <MenuItem key={o.id} value={o.id}>
            {o.displayName}
          </MenuItem>
        ))}
        <MenuItem value={nobody}>
          {translate("triage.bulk.unassigned")}
        </MenuItem>
      </TextField>
    </BulkActionDialog>
  );
}

export function BulkAssignButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="triage.bulk.assign" onClick={() => setOpen(true)}>
        <AssignIcon />
      </Button>
      {open && <BulkAssignDialog onClose={() => setOpen(false)} />}
    </>
  );
}
