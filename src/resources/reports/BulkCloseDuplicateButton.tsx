// Bulk: close the selected reports as duplicates of another report, which keeps them linked as
// corroboration.
import { useState } from "react";
import { Button, useListContext, useTranslate } from "react-admin";
import { TextField } from "@mui/material";
import CopyIcon from "@mui/icons-material/FileCopyOutlined";
import type { Report } from "../../domain";
import { BulkActionDialog } from "./BulkActionDialog";
import { ReportReferencePicker } from "./ReportReferencePicker";
import { useBulkReportAction } from "./useBulkReportAction";

function BulkCloseDuplicateDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const { selectedIds } = useListContext<Report>();
  const { run, isPending, count } = useBulkReportAction();
  const [original, setOriginal] = useState<Report | null>(null);
  const [reason, setReason] = useState("");
  const question =
    original && reason.trim()
      ? translate("triage.bulk.closeQuestion", {
          smart_count: count,
          reference: original.reference,
        })
      : null;
  const confirm = async () => {
    if (!original) return;
    if (
      await run({
        action: "close_duplicate",
        duplicateOfId: original.id,
        reason: reason.trim(),
      })
    )
      onClose();
  };
  return (
    <BulkActionDialog
      title={translate("triage.bulk.closeDuplicate")}
      question={question}
      confirmLabel={translate("triage.bulk.closeDuplicate")}
      isPending={isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <ReportReferencePicker
        label={translate("triage.bulk.original")}
        helperText={translate("triage.bulk.originalHelp")}
        value={original}
        onChange={setOriginal}
        excludeIds={selectedIds.map(String)}
      />
      <TextField
        label={translate("triage.bulk.reason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        multiline
        minRows={2}
      />
    </BulkActionDialog>
  );
}

export function BulkCloseDuplicateButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="triage.bulk.closeDuplicate" onClick={() => setOpen(true)}>
        <CopyIcon />
      </Button>
      {open && <BulkCloseDuplicateDialog onClose={() => setOpen(false)} />}
    </>
  );
}
