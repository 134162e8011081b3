// After an account is saved: when roles the administrator ticked came back waiting for approval
// (Account.pendingRoles), say so plainly instead of "saved", so nobody thinks they were given.
import { useNotify } from "react-admin";
import { useQueryClient } from "@tanstack/react-query";
import type { Account, Role } from "../../domain";
import { pendingRoleGrantsKey } from "./PendingRoleGrants";
import { useRoleNames } from "./useRoleNames";

/** Returns whether it told the administrator about roles waiting for approval. */
export function useRoleRequestNotice(): (
  saved: Account,
  ticked: readonly Role[] | undefined,
) => boolean {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const roleNames = useRoleNames();
  return (saved, ticked) => {
    const waiting = saved.pendingRoles.filter((role) => ticked?.includes(role));
    if (waiting.length === 0) return false;
    void queryClient.invalidateQueries({ queryKey: pendingRoleGrantsKey });
    notify("security.accounts.roleRequested", {
      type: "info",
      messageArgs: {
        smart_count: waiting.length,
        roles: roleNames(waiting),
        name: saved.displayName,
      },
    });
    return true;
  };
}
