// Reset a lost authenticator after a confirmation that says what happens:
// DELETE /api/accounts/:id/mfa with the version the administrator saw. Offered only to an
// account that has an authenticator; the person sets up a new one at their next sign-in.
import { useState } from "react";
import {
  Button,
  Confirm,
  useNotify,
  useRecordContext,
  useRefresh,
} from "react-admin";
import PhonelinkEraseIcon from "@mui/icons-material/PhonelinkEraseOutlined";
import type { Account } from "../../domain";
import { problemMessage } from "../../common/problems";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

export function ResetSecondFactorButton() {
  const account = useRecordContext<Account>();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = usePortSafeApi();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!account?.mfaEnrolled) return null;

  async function confirm() {
    if (!account) return;
    setPending(true);
    try {
      await api.resetAccountSecondFactor(account);
      notify("security.accounts.resetMfaDone", { type: "info" });
      // The version moved on: re-read the account so the next change carries the new one.
      refresh();
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
      setOpen(false);
    }
  }

  return (
    <>
      <Button label="security.accounts.resetMfa" onClick={() => setOpen(true)}>
        <PhonelinkEraseIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="security.accounts.resetMfaTitle"
        titleTranslateOptions={{ name: account.displayName }}
        content="security.accounts.resetMfaContent"
        confirm="security.accounts.resetMfa"
        confirmColor="warning"
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
