// The warning before an idle session ends (WCAG 2.2.1): how long is left, counting down, and one
// button to stay signed in. The countdown is read out politely every 15 seconds and in the last
// 10, not every second, so a screen reader is not talking over everything else.
import { useRef } from "react";
import { useTranslate } from "react-admin";
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from "@mui/material";

function minutesAndSeconds(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = String(totalSeconds % 60).padStart(2, "0");
  return `${minutes}:${seconds}`;
}

/** Read by screen readers, not shown (the timer above is what sighted people read). */
const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

/** The seconds worth announcing; in between, the last announcement stays as it was. */
function announcedSeconds(secondsLeft: number): number {
  if (secondsLeft <= 10) return secondsLeft;
  return Math.ceil(secondsLeft / 15) * 15;
}

export interface IdleWarningDialogProps {
  open: boolean;
  secondsLeft: number;
  onStaySignedIn: () => void;
  onSignOut: () => void;
}

export function IdleWarningDialog({
  open,
  secondsLeft,
  onStaySignedIn,
  onSignOut,
}: IdleWarningDialogProps) {
  const translate = useTranslate();
  const stayButton = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      // Escape or a click outside is activity too: treat it as "stay signed in".
      onClose={onStaySignedIn}
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
      // Closes at once: a fading dialog would show its countdown reset to nothing.
      transitionDuration={{ exit: 0 }}
      slotProps={{
        paper: { role: "alertdialog" },
        transition: { onEntered: () => stayButton.current?.focus() },
      }}
    >
      <DialogTitle id="idle-warning-title">
        {translate("security.idle.title")}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="idle-warning-text">
          {translate("security.idle.warning")}
        </DialogContentText>
        <Typography
          role="timer"
          variant="h5"
          component="p"
          sx={{ mt: 2, fontVariantNumeric: "tabular-nums" }}
        >
          {translate("security.idle.countdown", {
            time: minutesAndSeconds(secondsLeft),
          })}
        </Typography>
        <Box role="status" aria-live="polite" sx={visuallyHidden}>
          {translate("security.idle.announce", {
            smart_count: announcedSeconds(secondsLeft),
          })}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onSignOut}>
          {translate("security.idle.signOutNow")}
        </Button>
        <Button ref={stayButton} variant="contained" onClick={onStaySignedIn}>
          {translate("security.idle.staySignedIn")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
