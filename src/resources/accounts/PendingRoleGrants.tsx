// Roles one administrator asked for, waiting for a second (DESIGN.md §7): who asked, for whom,
// which roles and when, with Approve and Reject. Whoever asked, and the account's owner, see
// why they cannot approve instead of the button; the server refuses them too.
import {
  useGetIdentity,
  useNotify,
  useRefresh,
  useTranslate,
} from "react-admin";
import { Box, Button, Paper, Stack, Typography } from "@mui/material";
import CheckIcon from "@mui/icons-material/CheckCircleOutline";
import CloseIcon from "@mui/icons-material/HighlightOff";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RoleGrant } from "../../domain";
import { formatDateTime } from "../../common/dates";
import { problemMessage } from "../../common/problems";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { useRoleNames } from "./useRoleNames";

export const pendingRoleGrantsKey = ["accounts", "role-grants", "pending"];

function PendingRoleGrant({
  grant,
  myId,
}: {
  grant: RoleGrant;
  myId: string | undefined;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const api = usePortSafeApi();
  const roleNames = useRoleNames();
  const args = {
    roles: roleNames(grant.roles),
    name: grant.accountDisplayName,
  };
  const decision = useMutation({
    mutationFn: (approve: boolean) =>
      approve ? api.approveRoleGrant(grant) : api.rejectRoleGrant(grant),
    onSuccess: (decided) => {
      notify(
        decided.status === "approved"
          ? "security.accounts.pendingGrants.approved"
          : "security.accounts.pendingGrants.rejected",
        { type: "info", messageArgs: args },
      );
    },
    onError: (error) => notify(problemMessage(error), { type: "error" }),
    // Decided or not (someone else may have been quicker), show the list and accounts as they are.
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: pendingRoleGrantsKey });
      refresh();
    },
  });
  const cannotApprove =
    grant.requestedById === myId
      ? "security.accounts.pendingGrants.yourRequest"
      : grant.accountId === myId
        ? "security.accounts.pendingGrants.yourAccount"
        : null;
  return (
    <Box
      component="li"
      sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5 }}
    >
      <Typography variant="subtitle2" component="p">
        {translate("security.accounts.pendingGrants.item", args)} (
        {grant.accountUsername})
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate("security.accounts.pendingGrants.askedBy", {
          name: grant.requestedByName,
          when: formatDateTime(grant.requestedAt),
        })}
      </Typography>
      <Stack
        direction="row"
        spacing={1}
        sx={{ mt: 1, alignItems: "center", flexWrap: "wrap" }}
      >
        {cannotApprove ? (
          <Typography variant="body2">{translate(cannotApprove)}</Typography>
        ) : (
          <Button
            variant="contained"
            size="small"
            startIcon={<CheckIcon />}
            disabled={decision.isPending}
            aria-label={translate(
              "security.accounts.pendingGrants.approveLabel",
              args,
            )}
            onClick={() => decision.mutate(true)}
          >
            {translate("security.accounts.pendingGrants.approve")}
          </Button>
        )}
        <Button
          variant="outlined"
          size="small"
          color="warning"
          startIcon={<CloseIcon />}
          disabled={decision.isPending}
          aria-label={translate(
            "security.accounts.pendingGrants.rejectLabel",
            args,
          )}
          onClick={() => decision.mutate(false)}
        >
          {translate("security.accounts.pendingGrants.reject")}
        </Button>
      </Stack>
    </Box>
  );
}

/** Shown above the account list while any grant waits; nothing otherwise. */
export function PendingRoleGrants() {
  const translate = useTranslate();
  const api = usePortSafeApi();
  const { identity } = useGetIdentity();
  const { data: grants = [] } = useQuery({
    queryKey: pendingRoleGrantsKey,
    queryFn: () => api.pendingRoleGrants(),
  });
  if (grants.length === 0) return null;
  const myId = identity ? String(identity.id) : undefined;
  return (
    <Paper
      component="section"
      aria-labelledby="pending-role-grants-title"
      variant="outlined"
      sx={{ p: 2, mt: 2 }}
    >
      <Typography id="pending-role-grants-title" variant="h6" component="h2">
        {translate("security.accounts.pendingGrants.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate("security.accounts.pendingGrants.intro")}
      </Typography>
      <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {grants.map((grant) => (
          <PendingRoleGrant key={grant.id} grant={grant} myId={myId} />
        ))}
      </Stack>
    </Paper>
  );
}
