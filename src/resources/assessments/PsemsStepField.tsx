// The step of the four-step journey by number and name. The names are data an admin may change
// (PUT /api/psems/framework), so they come from the framework API, with the defaults meanwhile.
import { useRecordContext } from "react-admin";
import { Typography } from "@mui/material";
import {
  defaultPsemsSteps,
  psemsStepLabel,
  type Assessment,
  type PsemsStep,
} from "../../domain";
import { usePsemsFramework } from "./usePsemsFramework";

export function psemsStepName(
  step: number,
  steps: readonly PsemsStep[] = defaultPsemsSteps,
): string {
  return `${step} — ${psemsStepLabel(steps, step)}`;
}

/** react-admin choices for a step input: "1 — Self-help GAP analysis", … */
export function usePsemsStepChoices(): { id: number; name: string }[] {
  const { data } = usePsemsFramework();
  const steps = data?.steps ?? defaultPsemsSteps;
  return steps.map((step) => ({
    id: step.number,
    name: psemsStepName(step.number, steps),
  }));
}

export function PsemsStepField(_props: {
  source: "step";
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<Assessment>();
  const { data } = usePsemsFramework();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {psemsStepName(record.step, data?.steps)}
    </Typography>
  );
}
