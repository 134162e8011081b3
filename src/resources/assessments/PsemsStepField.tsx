// The step of the four-step journey by number and name (names are data: src/domain/psems.ts).
import { useRecordContext } from "react-admin";
import { Typography } from "@mui/material";
import { defaultPsemsSteps, type Assessment } from "../../domain";

export function psemsStepName(step: number): string {
  const name = defaultPsemsSteps.find((s) => s.number === step)?.name;
  return name ? `${step} — ${name}` : `Step ${step}`;
}

export function PsemsStepField(_props: {
  source: "step";
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<Assessment>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {psemsStepName(record.step)}
    </Typography>
  );
}
