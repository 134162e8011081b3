// What the desk records on a referral: that it was acknowledged, then its outcome.
import { useState } from "react";
import { useCanAccess, useTranslate } from "react-admin";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from "@mui/material";
import type { Referral } from "../../domain";
import { useReferralCommand } from "./useReferralCommand";

function OutcomeDialog({
  referral,
  onSave,
  onClose,
}: {
  referral: Referral;
  onSave: (outcome: string) => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const [outcome, setOutcome] = useState("");
  const valid = outcome.trim().length >= 2;
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="outcome-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onSave(outcome.trim());
        }}
      >
        <DialogTitle id="outcome-dialog-title">
          {translate("referrals.actions.outcomeLabel", {
            name: referral.targetName,
          })}
        </DialogTitle>
        <DialogContent>
          <TextField
            label={translate("referrals.actions.outcomeField")}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value)}
            multiline
            minRows={3}
            required
            fullWidth
            // eslint-disable-next-line jsx-a11y/no-autofocus -- WAI-ARIA dialog pattern: focus starts on the dialog's first field
            autoFocus
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
          <Button type="submit" variant="contained" disabled={!valid}>
            {translate("referrals.actions.outcome")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function ReferralActions({ referral }: { referral: Referral }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: "referrals", action: "edit" });
  const { record, conflictDialog } = useReferralCommand();
  const [outcomeOpen, setOutcomeOpen] = useState(false);
  if (!canAccess || referral.state === "complete") return <>{conflictDialog}</>;
  return (
    <Stack
      direction="row"
      spacing={1}
      onClick={(event) => event.stopPropagation()}
    >
      {referral.state === "awaiting_acknowledgement" && (
        <Button
          size="small"
          variant="outlined"
          aria-label={translate("referrals.actions.acknowledgeLabel", {
            name: referral.targetName,
          })}
          onClick={() =>
            void record(
              referral,
              { acknowledged: true },
              "referrals.actions.acknowledged",
            )
          }
        >
          {translate("referrals.actions.acknowledge")}
        </Button>
      )}
      <Button
        size="small"
        variant="outlined"
        aria-label={translate("referrals.actions.outcomeLabel", {
          name: referral.targetName,
        })}
        onClick={() => setOutcomeOpen(true)}
      >
        {translate("referrals.actions.outcome")}
      </Button>
      {outcomeOpen && (
        <OutcomeDialog
          referral={referral}
          onClose={() => setOutcomeOpen(false)}
          onSave={(outcome) => {
            setOutcomeOpen(false);
            void record(
              referral,
              { outcome },
              "referrals.actions.outcomeRecorded",
            );
          }}
        />
      )}
      {conflictDialog}
    </Stack>
  );
}
