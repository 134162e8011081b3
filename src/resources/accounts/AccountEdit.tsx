// One account: change the name and roles (saved with If-Match, so a colleague's change is never
// overwritten), disable or re-enable it, reset its password, or reset a lost authenticator.
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
import { ResetSecondFactorButton } from "./ResetSecondFactorButton";

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
