// The sign-in page: react-admin's Login card with a heading, the protective marking note, and
// our sign-in steps (password, then the authenticator app), inside a <main> landmark for axe.
import { Login, useTranslate } from "react-admin";
import { CardContent, Typography } from "@mui/material";
import ShieldOutlinedIcon from "@mui/icons-material/ShieldOutlined";
import { SignInSteps } from "../auth/SignInSteps";

export function LoginPage() {
  const translate = useTranslate();
  return (
    <main>
      <Login avatarIcon={<ShieldOutlinedIcon />}>
        <CardContent sx={{ width: 320, pb: 0 }}>
          <Typography component="h1" variant="h5" align="center" gutterBottom>
            {translate("app.title")} — {translate("app.tagline")}
          </Typography>
          <Typography variant="body2" align="center" color="text.secondary">
            {translate("app.protectiveMarking")}
          </Typography>
        </CardContent>
        <SignInSteps />
      </Login>
    </main>
  );
}
