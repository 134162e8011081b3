// Someone else saved first: show, field by field, what the record was when the officer opened
// it, what they tried to change it to, and what it is now; then let them choose. Nothing is
// overwritten without this choice (DESIGN.md §4).
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from "@mui/material";

export interface ConflictRow {
  field: string;
  label: string;
  before: ReactNode;
  /** null when the officer did not change this field. */
  yours: ReactNode | null;
  theirs: ReactNode;
}

interface ConflictDialogProps {
  title: string;
  explanation: string;
  rows: readonly ConflictRow[];
  isPending: boolean;
  onUseTheirs: () => void;
  onReapply: () => void;
}

export function ConflictDialog({
  title,
  explanation,
  rows,
  isPending,
  onUseTheirs,
  onReapply,
}: ConflictDialogProps) {
  const translate = useTranslate();
  return (
    <Dialog
      open
      // Escape or a click outside means "I will look at theirs": never a silent overwrite.
      onClose={onUseTheirs}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-explanation"
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id="conflict-title">{title}</DialogTitle>
      {/* Focusable so a long comparison scrolls by keyboard (WCAG 2.1.1). */}
      <DialogContent
        tabIndex={0}
        role="region"
        aria-labelledby="conflict-title"
      >
        <DialogContentText id="conflict-explanation" sx={{ mb: 2 }}>
          {explanation}
        </DialogContentText>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate("triage.conflict.field")}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate("triage.conflict.before")}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate("triage.conflict.yours")}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate("triage.conflict.theirs")}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.field}>
                <TableCell component="th" scope="row">
                  {row.label}
                </TableCell>
                <TableCell>{row.before}</TableCell>
                <TableCell sx={{ fontWeight: row.yours === null ? 400 : 700 }}>
                  {row.yours ?? translate("triage.conflict.notChanged")}
                </TableCell>
                <TableCell>{row.theirs}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onUseTheirs} disabled={isPending}>
          {translate("triage.conflict.useTheirs")}
        </Button>
        <Button variant="contained" onClick={onReapply} disabled={isPending}>
          {translate("triage.conflict.reapply")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
