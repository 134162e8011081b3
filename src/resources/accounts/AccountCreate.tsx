// A new account: username, name, roles and a first password. The server refuses a common or
// breached password; its message appears under the password field. Report-reading and admin
// roles wait for a second administrator; saving says so.
import {
  Create,
  PasswordInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
} from "react-admin";
import { AccountCreateSchema, type Account } from "../../domain";
import { validateWith } from "../../common/validateWith";
import { AccountInputs } from "./AccountInputs";
import { useRoleRequestNotice } from "./useRoleRequestNotice";

const validateUsername = validateWith(AccountCreateSchema.shape.username);
const validatePassword = validateWith(AccountCreateSchema.shape.password);

export function AccountCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  const roleRequestNotice = useRoleRequestNotice();
  const onSuccess = (
    created: Account,
    variables: { data?: Partial<Account> },
  ) => {
    if (!roleRequestNotice(created, variables.data?.roles))
      notify("ra.notification.created", {
        type: "info",
        messageArgs: { smart_count: 1 },
      });
    redirect("list", "accounts");
  };
  return (
    <Create redirect="list" mutationOptions={{ onSuccess }}>
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
