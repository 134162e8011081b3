// An account's roles as words ("Desk officer, Administrator"), then any waiting for a second
// administrator's approval ("awaiting approval: Analyst").
import { useFieldValue, useRecordContext, useTranslate } from "react-admin";
import { Typography } from "@mui/material";
import type { Account } from "../../domain";
import { useRoleNames } from "./useRoleNames";

export function RolesField(props: {
  source: string;
  label?: string;
  sortable?: boolean;
}) {
  const translate = useTranslate();
  const roleNames = useRoleNames();
  const account = useRecordContext<Account>();
  const value: unknown = useFieldValue(props);
  const roles = Array.isArray(value) ? (value as string[]) : [];
  const pending = account?.pendingRoles ?? [];
  return (
    <Typography component="span" variant="body2">
      {roles.map((role) => translate(`security.roles.${role}`)).join(", ")}
      {pending.length > 0 && (
        <Typography
          component="span"
          variant="body2"
          sx={{ fontStyle: "italic" }}
        >
          {roles.length > 0 && "; "}
          {translate("security.accounts.awaitingApproval", {
            roles: roleNames(pending),
          })}
        </Typography>
      )}
    </Typography>
  );
}
