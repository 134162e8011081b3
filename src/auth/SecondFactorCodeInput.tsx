// The code field of both second-factor steps: checked against the contract before it is sent,
// and the server's refusal put back next to the field.
import { TextInput, type Validator } from "react-admin";
import { MfaCodeSchema } from "../domain";
import { fieldErrors, problemMessage } from "../common/problems";

/** The contract's own message ("enter the 6-digit code…") when the format is wrong. */
const validateSecondFactorCode: Validator = (value: unknown) => {
  const result = MfaCodeSchema.shape.code.safeParse(value ?? "");
  return result.success ? undefined : result.error.issues[0]?.message;
};

/** Form errors for a refused code: the field's own message, else the problem's detail. */
export function codeErrors(error: unknown): { code: string } {
  const message = fieldErrors(error)?.code;
  return {
    code: typeof message === "string" ? message : problemMessage(error),
  };
}

/** One-time codes: no spell check or capitals, and the browser may offer a code it received. */
export function SecondFactorCodeInput() {
  return (
    <TextInput
      source="code"
      label="security.signIn.code"
      helperText="security.signIn.codeHelp"
      autoComplete="one-time-code"
      validate={validateSecondFactorCode}
      slotProps={{ htmlInput: { autoCapitalize: "none", spellCheck: false } }}
    />
  );
}
