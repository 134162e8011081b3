// A new account: username, name, roles and a first password. The server refuses a common or
// breached password; its message appears under the password field.
import { Create, PasswordInput, SimpleForm, TextInput } from "react-admin";
import { AccountCreateSchema } from "../../domain";
import { validateWith } from "../../common/validateWith";
import { AccountInputs } from "./AccountInputs";

const validateUsername = validateWith(AccountCreateSchema.shape.username);
const validatePassword = validateWith(AccountCreateSchema.shape.password);

export function AccountCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <TextInput
          source="username"
          validate={validateUsername}
          autoComplete="off"
        />
        <AccountInputs />
        <PasswordInput
          source="password"
          validate={validatePassword}
          autoComplete="new-password"
          helperText="security.accounts.passwordHelp"
        />
      </SimpleForm>
    </Create>
  );
}
