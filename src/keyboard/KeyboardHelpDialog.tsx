// The `?` dialog: every shortcut, grouped, as a table a screen reader can read.
import { useTranslate } from "react-admin";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { shortcutGroups } from "./shortcuts";

function Keys({ keys }: { keys: readonly string[] }) {
  const translate = useTranslate();
  return (
    <>
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 && ` ${translate("shortcuts.or")} `}
          <Typography
            component="kbd"
            sx={{
              fontFamily: "monospace",
              border: 1,
              borderRadius: 1,
              px: 0.75,
              py: 0.25,
            }}
          >
            {key}
          </Typography>
        </span>
      ))}
    </>
  );
}

export function KeyboardHelpDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="keyboard-help-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="keyboard-help-title">
        {translate("shortcuts.title")}
      </DialogTitle>
      {/* Focusable so the list scrolls by keyboard on a small screen (WCAG 2.1.1). */}
      <DialogContent
        tabIndex={0}
        role="region"
        aria-labelledby="keyboard-help-title"
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("shortcuts.intro")}
        </Typography>
        {shortcutGroups.map((group) => (
          <Table key={group.title} size="small" sx={{ mb: 2 }}>
            <caption
              style={{ captionSide: "top", textAlign: "left", fontWeight: 600 }}
            >
              {translate(group.title)}
            </caption>
            <TableHead>
              <TableRow>
                <TableCell scope="col" component="th">
                  {translate("shortcuts.key")}
                </TableCell>
                <TableCell scope="col" component="th">
                  {translate("shortcuts.action")}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {group.shortcuts.map((shortcut) => (
                <TableRow key={shortcut.description}>
                  <TableCell sx={{ width: "35%" }}>
                    <Keys keys={shortcut.keys} />
                  </TableCell>
                  <TableCell>{translate(shortcut.description)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.close")}</Button>
      </DialogActions>
    </Dialog>
  );
}
