// The app bar: the product name, the page title as the page's one <h1>, and the user menu.
import { AppBar as RaAppBar, TitlePortal, useTranslate } from "react-admin";
import { Typography } from "@mui/material";

export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar color="secondary">
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
