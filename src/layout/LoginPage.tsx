// The sign-in page: react-admin's Login and LoginForm, with a heading, the protective marking
// note, and a <main> landmark so the page passes axe.
import { Login, LoginForm, useTranslate } from "react-admin";
import { CardContent, Typography } from "@mui/material";
import ShieldOutlinedIcon from "@mui/icons-material/ShieldOutlined";

export function LoginPage() {
  const translate = useTranslate();
  return (
    <main>
      <Login avatarIcon={<ShieldOutlinedIcon />}>
        <CardContent sx={{ width: 300, pb: 0 }}>
          <Typography component="h1" variant="h5" align="center" gutterBottom>
            {translate("app.title")} — {translate("app.tagline")}
          </Typography>
          <Typography variant="body2" align="center" color="text.secondary">
            {translate("app.protectiveMarking")}
          </Typography>
        </CardContent>
        <LoginForm />
      </Login>
    </main>
  );
}
