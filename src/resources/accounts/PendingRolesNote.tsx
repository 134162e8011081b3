// Under the role checkboxes: roles asked for but not yet approved, which are not ticked because
// the account does not have them yet.
import { useRecordContext, useTranslate } from "react-admin";
import { Alert } from "@mui/material";
import type { Account } from "../../domain";
import { useRoleNames } from "./useRoleNames";

export function PendingRolesNote() {
  const translate = useTranslate();
  const roleNames = useRoleNames();
  const account = useRecordContext<Account>();
  if (!account?.pendingRoles.length) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate("security.accounts.pendingNote", {
        roles: roleNames(account.pendingRoles),
      })}
    </Alert>
  );
}
