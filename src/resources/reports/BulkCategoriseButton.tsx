// Bulk: correct the category (and insider type) of the selected reports.
import { useState } from "react";
import { Button, useTranslate } from "react-admin";
import { MenuItem, TextField } from "@mui/material";
import CategoryIcon from "@mui/icons-material/CategoryOutlined";
import { categoryChoices, insiderTypeChoices } from "../../common/choices";
import {
  ReportCategorySchema,
  categoryLabels,
  type InsiderType,
} from "../../domain";
import { BulkActionDialog } from "./BulkActionDialog";
import { useBulkReportAction } from "./useBulkReportAction";

function BulkCategoriseDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const { run, isPending, count } = useBulkReportAction();
  const [category, setCategory] = useState("");
  const [insiderType, setInsiderType] = useState<InsiderType | "">("");
  const parsed = ReportCategorySchema.safeParse(category);
  const question = parsed.success
    ? translate("triage.bulk.categoriseQuestion", {
        smart_count: count,
        category: categoryLabels[parsed.data],
      })
    : null;
  const confirm = async () => {
    if (!parsed.success) return;
    const insider =
      parsed.data === "insider_threat" && insiderType !== ""
        ? insiderType
        : null;
    if (
      await run({
        action: "categorise",
        category: parsed.data,
        insiderType: insider,
      })
    )
      onClose();
  };
  return (
    <BulkActionDialog
      title={translate("triage.bulk.categorise")}
      question={question}
      confirmLabel={translate("triage.bulk.categorise")}
      isPending={isPending}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <TextField
        select
        label={translate("resources.reports.fields.category")}
        value={category}
        onChange={(e) => setCategory(e.target.value)}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- WAI-ARIA dialog pattern: focus starts on the dialog's first field
        autoFocus
      >
        {categoryChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      {category === "insider_threat" && (
        <TextField
          select
          label={translate("resources.reports.fields.insiderType")}
          value={insiderType}
          onChange={(e) => setInsiderType(e.target.value as InsiderType)}
        >
          {insiderTypeChoices.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
      )}
    </BulkActionDialog>
  );
}

export function BulkCategoriseButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="triage.bulk.categorise" onClick={() => setOpen(true)}>
        <CategoryIcon />
      </Button>
      {open && <BulkCategoriseDialog onClose={() => setOpen(false)} />}
    </>
  );
}
