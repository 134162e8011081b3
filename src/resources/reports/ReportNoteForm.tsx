// "Add note" to the report's timeline (`n` jumps here). Notes are kept; there is no delete.
import { useRef, useState, type FormEvent } from "react";
import { useNotify, useTranslate } from "react-admin";
import { Button, Stack, TextField } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { fieldErrors, problemMessage } from "../../common/problems";
import { useKeyboardShortcut } from "../../keyboard/KeyboardShortcutsProvider";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { reportEventsKey } from "./reportQueryKeys";

export function ReportNoteForm({ reportId }: { reportId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePortSafeApi();
  const queryClient = useQueryClient();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  useKeyboardShortcut(["n"], () => field.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(translate("ra.validation.required"));
      return;
    }
    setPending(true);
    try {
      await api.addReportNote(reportId, text.trim());
      setText("");
      setError(null);
      notify("triage.timeline.noteAdded", { type: "success" });
      await queryClient.invalidateQueries({
        queryKey: reportEventsKey(reportId),
      });
    } catch (caught) {
      const message = fieldErrors(caught)?.text;
      if (typeof message === "string") setError(message);
      else notify(problemMessage(caught), { type: "error" });
    } finally {
      setPending(false);
    }
  }

  return (
    <Stack
      component="form"
      spacing={1}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <TextField
        inputRef={field}
        label={translate("triage.timeline.note")}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={2}
        required
        error={error !== null}
        helperText={error ?? translate("triage.timeline.noteHelp")}
        slotProps={{ htmlInput: { "aria-keyshortcuts": "n", maxLength: 5000 } }}
      />
      <div>
        <Button type="submit" variant="outlined" disabled={isPending}>
          {translate("triage.timeline.addNote")}
        </Button>
      </div>
    </Stack>
  );
}
