// Manager: the PortSafe membership, active and lapsed.
import { useTranslate } from "react-admin";
import { Stack, Typography } from "@mui/material";
import { DashboardCard, Figure } from "./DashboardCard";
import { useMemberTotal } from "./useMemberTotal";

export function MembershipWidget() {
  const translate = useTranslate();
  const active = useMemberTotal({ status: "active" });
  const lapsed = useMemberTotal({ status: "lapsed" });
  const error = active.error ?? lapsed.error;
  return (
    <DashboardCard
      title={translate("analytics.dashboard.membership")}
      link={{
        to: "/members",
        label: translate("analytics.dashboard.openMembers"),
      }}
    >
      {error && <Typography color="error">{error.message}</Typography>}
      <Stack direction="row" spacing={4}>
        <Figure
          value={active.total?.toLocaleString("en-GB") ?? "…"}
          label={translate("analytics.dashboard.activeMembers")}
        />
        <Figure
          value={lapsed.total?.toLocaleString("en-GB") ?? "…"}
          label={translate("analytics.dashboard.lapsedMembers")}
        />
      </Stack>
    </DashboardCard>
  );
}
