// The dialog every bulk action uses: its options, then the exact question the officer confirms
// ("Close 3 reports as duplicates of PS-2026-000123?"), which is also the confirm button's name.
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from "@mui/material";

interface BulkActionDialogProps {
  title: string;
  /** The question to confirm, or null until the options are complete. */
  question: string | null;
  confirmLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function BulkActionDialog({
  title,
  question,
  confirmLabel,
  isPending,
  onConfirm,
  onClose,
  children,
}: BulkActionDialogProps) {
  const translate = useTranslate();
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="bulk-action-title"
      aria-describedby="bulk-action-question"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="bulk-action-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
          <Typography id="bulk-action-question" sx={{ fontWeight: 600 }}>
            {question ?? translate("triage.bulk.chooseFirst")}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          onClick={onConfirm}
          disabled={question === null || isPending}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
