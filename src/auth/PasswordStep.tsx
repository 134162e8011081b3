// The first sign-in step: username and password. A wrong password shows the server's message
// above the form; a right one either finishes signing in or hands over to the second factor.
import { useState } from "react";
import { Form, TextInput, required, useLogin, useTranslate } from "react-admin";
import { Alert, Button, CardContent, Stack } from "@mui/material";
import { problemMessage } from "../common/problems";
import {
  SecondFactorRequired,
  type SecondFactorStep,
} from "../providers/authProvider";

interface PasswordValues {
  username: string;
  password: string;
}

export function PasswordStep({
  onSecondFactor,
}: {
  onSecondFactor: (step: SecondFactorStep) => void;
}) {
  const translate = useTranslate();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function signIn(values: Partial<PasswordValues>) {
    setError(null);
    setSubmitting(true);
    try {
      await login({
        username: values.username ?? "",
        password: values.password ?? "",
      });
    } catch (caught) {
      if (caught instanceof SecondFactorRequired) onSecondFactor(caught.step);
      else
        setError(
          translate(problemMessage(caught), { _: problemMessage(caught) }),
        );
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Form onSubmit={signIn} disableInvalidFormNotification>
      <CardContent>
        <Stack spacing={1}>
          {error && <Alert severity="error">{error}</Alert>}
          <TextInput
            source="username"
            label="ra.auth.username"
            autoComplete="username"
            validate={required()}
          />
          <TextInput
            source="password"
            label="ra.auth.password"
            type="password"
            autoComplete="current-password"
            validate={required()}
          />
          <Button
            type="submit"
            variant="contained"
            disabled={submitting}
            fullWidth
          >
            {translate(
              submitting ? "security.signIn.signingIn" : "ra.auth.sign_in",
            )}
          </Button>
        </Stack>
      </CardContent>
    </Form>
  );
}
