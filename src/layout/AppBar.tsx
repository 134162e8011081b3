// The app bar: the product name, the page title as the page's one <h1>, the keyboard help and
// the user menu.
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  TitlePortal,
  ToggleThemeButton,
  useTranslate,
} from "react-admin";
import { IconButton, Tooltip, Typography } from "@mui/material";
import KeyboardIcon from "@mui/icons-material/KeyboardOutlined";
import { useOpenKeyboardHelp } from "../keyboard/KeyboardShortcutsProvider";

function KeyboardHelpButton() {
  const translate = useTranslate();
  const openHelp = useOpenKeyboardHelp();
  const label = translate("shortcuts.title");
  return (
    <Tooltip title={`${label} (?)`}>
      <IconButton
        color="inherit"
        onClick={openHelp}
        aria-label={label}
        aria-keyshortcuts="?"
      >
        <KeyboardIcon />
      </IconButton>
    </Tooltip>
  );
}

// react-admin's own toolbar (theme switch, loading indicator) with the keyboard help in front.
const appBarToolbar = (
  <>
    <KeyboardHelpButton />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);

export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar color="secondary" toolbar={appBarToolbar}>
      <Typography
        component="span"
        variant="subtitle1"
        sx={{ fontWeight: 600, whiteSpace: "nowrap", pr: 2 }}
      >
        {translate("app.title")}
      </Typography>
      <TitlePortal
        component="h1"
        variant="h1"
        sx={{ borderLeft: "1px solid rgba(255, 255, 255, 0.6)", pl: 2 }}
      />
    </RaAppBar>
  );
}
