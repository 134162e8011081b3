// An analyst's decision on a pattern: reviewed or dismissed, with a note. The server checks the
// pattern still holds the same evidence in the window and filters it was listed with before
// recording it.
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from "@mui/material";
import type { PatternListQuery, ReviewedPattern } from "../../domain";
import type { WindowQuery } from "../../providers/analyticsMethods";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

export function PatternReviewDialog({
  pattern,
  listedWith,
  onClose,
}: {
  pattern: ReviewedPattern;
  /** The query the pattern was listed with: its window and the map's report filters. */
  listedWith: WindowQuery<PatternListQuery>;
  onClose: () => void;
}) {
  const { from, to, kind: _kind, review: _review, ...filters } = listedWith;
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePortSafeApi();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(pattern.review.note ?? "");
  const review = useMutation({
    mutationFn: (status: "reviewed" | "dismissed") =>
      api.reviewPattern(pattern.id, {
        status,
        note: note.trim() === "" ? null : note.trim(),
        from,
        to,
        filters,
      }),
    onSuccess: async (saved) => {
      notify(
        saved.review.status === "reviewed"
          ? "analytics.patterns.markedReviewed"
          : "analytics.patterns.markedDismissed",
        { type: "success" },
      );
      await queryClient.invalidateQueries({
        queryKey: ["analytics", "patterns"],
      });
      onClose();
    },
    onError: (error: Error) => notify(error.message, { type: "error" }),
  });
  const tooLong = note.length > 2000;
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="pattern-review-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="pattern-review-title">
        {translate("analytics.patterns.reviewTitle")}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{pattern.title}</DialogContentText>
        <TextField
          label={translate("analytics.patterns.note")}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          multiline
          minRows={3}
          fullWidth
          error={tooLong}
          helperText={
            tooLong
              ? translate("analytics.patterns.noteTooLong")
              : translate("analytics.patterns.noteHelp")
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          onClick={() => review.mutate("dismissed")}
          disabled={review.isPending || tooLong}
        >
          {translate("analytics.patterns.dismiss")}
        </Button>
        <Button
          variant="contained"
          onClick={() => review.mutate("reviewed")}
          disabled={review.isPending || tooLong}
        >
          {translate("analytics.patterns.markReviewed")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
