// Refer a report: one of the suggested forces and agencies (the first not yet referred is
// chosen, so `f` then Enter refers to it), or any other force or agency.
import { useState, type FormEvent } from "react";
import { useNotify, useTranslate } from "react-admin";
import {
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from "@mui/material";
import { fieldErrors, problemMessage } from "../../common/problems";
import {
  agencies,
  referralTargetKindLabels,
  referralTargetKinds,
  type ReferralSuggestion,
  type ReferralTargetKind,
  type Report,
} from "../../domain";
import { ukPorts } from "../../domain/reference/ukPorts";
import { useCreateReferral } from "./useCreateReferral";

const other = "other";

/** Focus starts on the chosen target when the dialog opens (WAI-ARIA dialog pattern). */
const focusOnOpen = (input: HTMLInputElement | null) => input?.focus();

/** Every force and agency the desk refers to, for the free choice. */
const knownTargets = [
  ...new Set([
    ...agencies,
    ...ukPorts.map((port) => port.territorialPoliceForce),
    ...ukPorts.flatMap((port) =>
      port.portPoliceForce ? [port.portPoliceForce] : [],
    ),
  ]),
].sort((a, b) => a.localeCompare(b));

interface ReferDialogProps {
  report: Report;
  suggestions: readonly ReferralSuggestion[];
  /** Index of the suggestion chosen at first, or -1 for "another force or agency". */
  initialChoice: number;
  onClose: () => void;
}

export function ReferDialog({
  report,
  suggestions,
  initialChoice,
  onClose,
}: ReferDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const createReferral = useCreateReferral(report.id);
  const [choice, setChoice] = useState(
    initialChoice >= 0 ? String(initialChoice) : other,
  );
  const [targetKind, setTargetKind] =
    useState<ReferralTargetKind>("territorial_force");
  const [targetName, setTargetName] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, unknown>>({});
  const [isPending, setPending] = useState(false);

  const suggestion = choice === other ? undefined : suggestions[Number(choice)];
  const target = suggestion ?? { targetKind, targetName: targetName.trim() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      await createReferral({
        targetKind: target.targetKind,
        targetName: target.targetName,
        note: note.trim() || undefined,
      });
      onClose();
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields) setErrors(fields);
      else notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
    }
  }

  const errorOf = (field: string) =>
    typeof errors[field] === "string" ? (errors[field] as string) : undefined;
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="refer-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="refer-dialog-title">
          {translate("referrals.dialog.title", { reference: report.reference })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormControl>
              <FormLabel id="refer-target-label">
                {translate("referrals.dialog.target")}
              </FormLabel>
              <RadioGroup
                aria-labelledby="refer-target-label"
                value={choice}
                onChange={(event) => setChoice(event.target.value)}
              >
                {suggestions.map((s, index) => (
                  <FormControlLabel
                    key={s.targetName}
                    value={String(index)}
                    control={
                      <Radio
                        inputRef={
                          index === initialChoice ? focusOnOpen : undefined
                        }
                      />
                    }
                    label={`${s.targetName} (${s.why})`}
                  />
                ))}
                <FormControlLabel
                  value={other}
                  control={
                    <Radio
                      inputRef={initialChoice < 0 ? focusOnOpen : undefined}
                    />
                  }
                  label={translate("referrals.dialog.otherTarget")}
                />
              </RadioGroup>
            </FormControl>
            {choice === other && (
              <>
                <TextField
                  select
                  label={translate("referrals.dialog.targetKind")}
                  value={targetKind}
                  onChange={(event) =>
                    setTargetKind(event.target.value as ReferralTargetKind)
                  }
                >
                  {referralTargetKinds.map((kind) => (
                    <MenuItem key={kind} value={kind}>
                      {referralTargetKindLabels[kind]}
                    </MenuItem>
                  ))}
                </TextField>
                <Autocomplete
                  freeSolo
                  options={knownTargets}
                  inputValue={targetName}
                  onInputChange={(_event, value) => setTargetName(value)}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={translate("referrals.dialog.targetName")}
                      required
                      error={errorOf("targetName") !== undefined}
                      helperText={errorOf("targetName")}
                    />
                  )}
                />
              </>
            )}
            <TextField
              label={translate("referrals.dialog.note")}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              multiline
              minRows={2}
              error={errorOf("note") !== undefined}
              helperText={errorOf("note")}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isPending || target.targetName.length < 2}
          >
            {translate("referrals.dialog.submit")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
