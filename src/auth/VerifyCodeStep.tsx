// The second sign-in step for someone whose authenticator app is set up: a code from the app,
// or one of their recovery codes.
import { Form, useLogin, useTranslate } from "react-admin";
import { Button, CardContent, Stack, Typography } from "@mui/material";
import { FocusedHeading } from "./FocusedHeading";
import { SecondFactorCodeInput, codeErrors } from "./SecondFactorCodeInput";

export function VerifyCodeStep({ onStartAgain }: { onStartAgain: () => void }) {
  const translate = useTranslate();
  const login = useLogin();

  async function verify(values: { code?: string }) {
    try {
      await login({ code: (values.code ?? "").trim() });
      return undefined;
    } catch (error) {
      return codeErrors(error);
    }
  }

  return (
    <Form onSubmit={verify} disableInvalidFormNotification>
      <CardContent>
        <FocusedHeading>
          {translate("security.signIn.verify.title")}
        </FocusedHeading>
        <Typography variant="body2" gutterBottom>
          {translate("security.signIn.verify.instructions")}
        </Typography>
        <Stack spacing={1}>
          <SecondFactorCodeInput />
          <Button type="submit" variant="contained" fullWidth>
            {translate("security.signIn.verify.submit")}
          </Button>
          <Button onClick={onStartAgain} fullWidth>
            {translate("security.signIn.startAgain")}
          </Button>
        </Stack>
      </CardContent>
    </Form>
  );
}
