// One account: change the name and roles (saved with If-Match, so a colleague's change is never
// overwritten), disable or re-enable it, or reset its password.
import {
  Edit,
  SaveButton,
  SimpleForm,
  TextField,
  Labeled,
  Toolbar,
  TopToolbar,
} from "react-admin";
import { Stack } from "@mui/material";
import { YesNoField } from "../../common/YesNoField";
import { AccountEnableButton } from "./AccountEnableButton";
import { AccountInputs } from "./AccountInputs";
import { AccountStatusField } from "./AccountStatusField";
import { ResetPasswordButton } from "./ResetPasswordButton";

const accountEditActions = (
  <TopToolbar>
    <ResetPasswordButton />
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
  return (
    <Edit
      mutationMode="pessimistic"
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
      </SimpleForm>
    </Edit>
  );
}
