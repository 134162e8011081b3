// The sign-in card's steps: the password, then (outside demo mode) the authenticator code or,
// the first time, setting the authenticator up. After a reload half-way through, the server
// still knows the password was right, so the page resumes at the second step.
import { useEffect, useState } from "react";
import { useTranslate } from "react-admin";
import { Alert, CardContent } from "@mui/material";
import type { SecondFactorStep } from "../providers/authProvider";
import { EnrolAuthenticatorStep } from "./EnrolAuthenticatorStep";
import { PasswordStep } from "./PasswordStep";
import { VerifyCodeStep } from "./VerifyCodeStep";
import { usePortSafeAuth } from "./usePortSafeAuth";

type Step = "password" | SecondFactorStep;

export function SignInSteps() {
  const auth = usePortSafeAuth();
  // The password form shows at once; a sign-in found half-way through moves on from it.
  const [step, setStep] = useState<Step>("password");

  useEffect(() => {
    let mounted = true;
    void auth.pendingSecondFactor().then((pending) => {
      if (mounted && pending) setStep(pending);
    });
    return () => {
      mounted = false;
    };
  }, [auth]);

  async function startAgain() {
    await auth.cancelSignIn();
    setStep("password");
  }

  switch (step) {
    case "password":
      return (
        <>
          <SignedOutNotice />
          <PasswordStep onSecondFactor={setStep} />
        </>
      );
    case "verify":
      return <VerifyCodeStep onStartAgain={() => void startAgain()} />;
    case "enrol":
      return <EnrolAuthenticatorStep onStartAgain={() => void startAgain()} />;
  }
}

/** Why the person is back here, when the app signed them out itself (an idle session). */
function SignedOutNotice() {
  const translate = useTranslate();
  const reason = usePortSafeAuth().signedOutReason();
  if (!reason) return null;
  return (
    <CardContent sx={{ pb: 0 }}>
      <Alert severity="info" role="status">
        {translate("security.signIn.idleSignedOut", {
          smart_count: reason.idleMinutes,
        })}
      </Alert>
    </CardContent>
  );
}
