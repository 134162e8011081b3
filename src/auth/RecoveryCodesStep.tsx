// The recovery codes, shown once after a new authenticator is confirmed. Signing in carries on
// only when the person says they have saved them.
import { Button, CardContent, Stack, Typography } from "@mui/material";
import { useLogin, useNotify, useTranslate } from "react-admin";
import { problemMessage } from "../common/problems";
import { FocusedHeading } from "./FocusedHeading";

export function RecoveryCodesStep({ codes }: { codes: readonly string[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const login = useLogin();

  async function copyCodes() {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      notify("security.signIn.recovery.copied", { type: "info" });
    } catch {
      // No clipboard (e.g. a locked-down browser): the codes are on screen to write down.
    }
  }

  async function carryOn() {
    try {
      await login({ secondFactorEnrolled: true });
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    }
  }

  return (
    <CardContent>
      <FocusedHeading>
        {translate("security.signIn.recovery.title")}
      </FocusedHeading>
      <Typography variant="body2" gutterBottom>
        {translate("security.signIn.recovery.intro")}
      </Typography>
      <Typography
        component="ol"
        aria-label={translate("security.signIn.recovery.listLabel")}
        sx={{ fontFamily: "monospace", columns: 2, pl: 3, my: 2 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Typography>
      <Stack spacing={1}>
        {typeof navigator.clipboard?.writeText === "function" && (
          <Button onClick={() => void copyCodes()} fullWidth>
            {translate("security.signIn.recovery.copy")}
          </Button>
        )}
        <Button variant="contained" onClick={() => void carryOn()} fullWidth>
          {translate("security.signIn.recovery.saved")}
        </Button>
      </Stack>
    </CardContent>
  );
}
