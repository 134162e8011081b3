// Moving a report through the workflow: the dialog asks for the reason (required where the
// state machine says so) and, when closing, the closure reason. Server field errors show next to
// their fields.
import {
  Form,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useNotify,
  useTranslate,
} from "react-admin";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from "@mui/material";
import { closureReasonChoices } from "../../common/choices";
import { fieldErrors, problemMessage } from "../../common/problems";
import {
  ClosureReasonSchema,
  statusLabels,
  type Report,
  type TransitionRule,
} from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { useReportCommand } from "./ReportConflictProvider";

interface TransitionValues {
  reason?: string | null;
  closureReason?: string | null;
}

interface ReportTransitionDialogProps {
  report: Report;
  rule: TransitionRule;
  onClose: () => void;
  onDone: () => void;
}

export function ReportTransitionDialog({
  report,
  rule,
  onClose,
  onDone,
}: ReportTransitionDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePortSafeApi();
  const runCommand = useReportCommand();
  const closing = rule.to === "closed";

  async function submit(values: TransitionValues) {
    const reason = values.reason?.trim() || undefined;
    const closureReason = closing
      ? ClosureReasonSchema.parse(values.closureReason)
      : undefined;
    try {
      const saved = await runCommand(report, {
        intent: { status: rule.to, closureReason: closureReason ?? null },
        command: (base) =>
          api.transitionReport(base, { to: rule.to, reason, closureReason }),
      });
      onClose();
      if (saved) {
        notify("triage.transition.done", {
          type: "success",
          messageArgs: {
            reference: saved.reference,
            status: statusLabels[saved.status],
          },
        });
        onDone();
      }
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors) return errors;
      notify(problemMessage(error), { type: "error" });
    }
  }

  const titleId = "transition-dialog-title";
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <Form
        onSubmit={(values: Record<string, unknown>) =>
          submit(values as TransitionValues)
        }
        record={{}}
      >
        <DialogTitle id={titleId}>
          {translate("triage.transition.title", {
            action: rule.action,
            reference: report.reference,
          })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate("triage.transition.explain", {
              from: statusLabels[rule.from],
              to: statusLabels[rule.to],
            })}
          </DialogContentText>
          <Stack>
            {closing && (
              <SelectInput
                source="closureReason"
                label="triage.transition.closureReason"
                choices={closureReasonChoices}
                validate={required()}
                // eslint-disable-next-line jsx-a11y/no-autofocus -- WAI-ARIA dialog pattern: focus starts on the dialog's first field
                autoFocus
              />
            )}
            <TextInput
              source="reason"
              label={
                rule.reasonRequired
                  ? "triage.transition.reason"
                  : "triage.transition.reasonOptional"
              }
              multiline
              minRows={3}
              validate={
                rule.reasonRequired
                  ? [required(), maxLength(2000)]
                  : maxLength(2000)
              }
              // eslint-disable-next-line jsx-a11y/no-autofocus -- WAI-ARIA dialog pattern: focus starts on the dialog's first field
              autoFocus={!closing}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
          <Button type="submit" variant="contained">
            {rule.action}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}
