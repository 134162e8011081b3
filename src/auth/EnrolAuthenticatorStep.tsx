// The second sign-in step for someone with no authenticator app yet: explain, show the QR code
// and the key for typing in, take the app's first code, then show the recovery codes once.
import { useState } from "react";
import { Form, useNotify, useTranslate } from "react-admin";
import { Box, Button, CardContent, Stack, Typography } from "@mui/material";
import { problemMessage } from "../common/problems";
import type { MfaEnrolment } from "../providers/signInRequests";
import { FocusedHeading } from "./FocusedHeading";
import { RecoveryCodesStep } from "./RecoveryCodesStep";
import { SecondFactorCodeInput, codeErrors } from "./SecondFactorCodeInput";
import { usePortSafeAuth } from "./usePortSafeAuth";

/** The base32 key in groups of four, as authenticator apps show it, so it is easier to copy. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

export function EnrolAuthenticatorStep({
  onStartAgain,
}: {
  onStartAgain: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const auth = usePortSafeAuth();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  // Started by a click rather than on mount, so a remount can never ask for a second secret.
  async function start() {
    try {
      setEnrolment(await auth.startAuthenticatorEnrolment());
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    }
  }

  async function confirm(values: { code?: string }) {
    try {
      const codes = await auth.confirmAuthenticatorEnrolment(
        (values.code ?? "").trim(),
      );
      setRecoveryCodes(codes);
      return undefined;
    } catch (error) {
      return codeErrors(error);
    }
  }

  if (recoveryCodes) return <RecoveryCodesStep codes={recoveryCodes} />;

  const startAgain = (
    <Button onClick={onStartAgain} fullWidth>
      {translate("security.signIn.startAgain")}
    </Button>
  );

  if (!enrolment) {
    return (
      <CardContent>
        <FocusedHeading>
          {translate("security.signIn.enrol.title")}
        </FocusedHeading>
        <Typography variant="body2" gutterBottom>
          {translate("security.signIn.enrol.intro")}
        </Typography>
        <Stack spacing={1}>
          <Button variant="contained" onClick={() => void start()} fullWidth>
            {translate("security.signIn.enrol.start")}
          </Button>
          {startAgain}
        </Stack>
      </CardContent>
    );
  }

  return (
    <Form onSubmit={confirm} disableInvalidFormNotification>
      <CardContent>
        <FocusedHeading>
          {translate("security.signIn.enrol.title")}
        </FocusedHeading>
        <Typography variant="body2">
          {translate("security.signIn.enrol.scan")}
        </Typography>
        <Box sx={{ display: "flex", justifyContent: "center", my: 1 }}>
          <img
            src={enrolment.qrCode}
            alt={translate("security.signIn.enrol.qrAlt")}
            width={200}
            height={200}
          />
        </Box>
        <Typography variant="body2">
          {translate("security.signIn.enrol.manual")}
        </Typography>
        <Typography
          component="code"
          sx={{
            display: "block",
            fontFamily: "monospace",
            my: 1,
            wordBreak: "break-all",
          }}
        >
          {grouped(enrolment.secret)}
        </Typography>
        <Typography variant="body2" gutterBottom>
          {translate("security.signIn.enrol.confirmInstructions")}
        </Typography>
        <Stack spacing={1}>
          <SecondFactorCodeInput />
          <Button type="submit" variant="contained" fullWidth>
            {translate("security.signIn.enrol.confirm")}
          </Button>
          {startAgain}
        </Stack>
      </CardContent>
    </Form>
  );
}
