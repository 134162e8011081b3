// One account: change the name and roles (saved with If-Match, so a colleague's change is never
// overwritten), disable or re-enable it, reset its password, or reset a lost authenticator.
// Report-reading and admin roles wait for a second administrator; saving says so.
import {
  Edit,
  SaveButton,
  SimpleForm,
  TextField,
  Labeled,
  Toolbar,
  TopToolbar,
  useNotify,
} from "react-admin";
import { Stack } from "@mui/material";
import { YesNoField } from "../../common/YesNoField";
import { AccountEnableButton } from "./AccountEnableButton";
import { AccountInputs } from "./AccountInputs";
import type { Account } from "../../domain";
import { AccountStatusField } from "./AccountStatusField";
import { PendingRolesNote } from "./PendingRolesNote";
import { ResetPasswordButton } from "./ResetPasswordButton";
import { ResetSecondFactorButton } from "./ResetSecondFactorButton";
import { useRoleRequestNotice } from "./useRoleRequestNotice";

const accountEditActions = (
  <TopToolbar>
    <ResetPasswordButton />
    <ResetSecondFactorButton />
    <AccountEnableButton />
  </TopToolbar>
);

// Only Save: accounts are disabled, never deleted, so the audit log keeps naming real people.
const accountFormToolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export function AccountEdit() {
  const notify = useNotify();
  const roleRequestNotice = useRoleRequestNotice();
  const onSuccess = (
    saved: Account,
    variables: { data?: Partial<Account> },
  ) => {
    if (!roleRequestNotice(saved, variables.data?.roles))
      notify("ra.notification.updated", {
        type: "info",
        messageArgs: { smart_count: 1 },
      });
  };
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onSuccess }}
      actions={accountEditActions}
      redirect={false}
    >
      <SimpleForm toolbar={accountFormToolbar}>
        <Stack direction="row" spacing={4}>
          <Labeled source="username">
            <TextField source="username" />
          </Labeled>
          <Labeled source="disabled">
            <AccountStatusField />
          </Labeled>
          <Labeled source="mfaEnrolled">
            <YesNoField source="mfaEnrolled" />
          </Labeled>
        </Stack>
        <AccountInputs />
        <PendingRolesNote />
      </SimpleForm>
    </Edit>
  );
}
