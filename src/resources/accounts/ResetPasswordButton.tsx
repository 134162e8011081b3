// Reset an account's password in a dialog: POST /api/accounts/:id/password with the version the
// administrator saw. A refused password (too short, common, breached) shows under the field.
import { useState } from "react";
import {
  Button,
  Form,
  PasswordInput,
  SaveButton,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from "@mui/material";
import KeyIcon from "@mui/icons-material/KeyOutlined";
import { NewPasswordSchema, type Account } from "../../domain";
import { fieldErrors, problemMessage } from "../../common/problems";
import { validateWith } from "../../common/validateWith";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

const validatePassword = validateWith(NewPasswordSchema);

export function ResetPasswordButton() {
  const account = useRecordContext<Account>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = usePortSafeApi();
  const [open, setOpen] = useState(false);
  if (!account) return null;

  async function reset(values: { password?: string }) {
    if (!account) return undefined;
    try {
      await api.resetAccountPassword(account, values.password ?? "");
      setOpen(false);
      notify("security.accounts.resetDone", { type: "info" });
      // The version moved on: re-read the account so the next change carries the new one.
      refresh();
      return undefined;
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors?.password) return { password: errors.password };
      notify(problemMessage(error), { type: "error" });
      return undefined;
    }
  }

  const name = account.displayName;
  return (
    <>
      <Button
        label="security.accounts.resetPassword"
        onClick={() => setOpen(true)}
      >
        <KeyIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="reset-password-title"
      >
        <Form record={{}} onSubmit={reset} disableInvalidFormNotification>
          <DialogTitle id="reset-password-title">
            {translate("security.accounts.resetTitle", { name })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText gutterBottom>
              {translate("security.accounts.resetContent")}
            </DialogContentText>
            <PasswordInput
              source="password"
              label="security.accounts.newPassword"
              helperText="security.accounts.passwordHelp"
              validate={validatePassword}
              autoComplete="new-password"
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton
              label="security.accounts.resetPassword"
              icon={<KeyIcon />}
              alwaysEnable
            />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
