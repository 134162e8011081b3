// The home page: one row of widgets per role the user holds (a user may hold several). The desk
// sees its queues, SLA breaches and newest reports; analysts, trends and new patterns; managers,
// membership, assessment coverage and report totals (suppressed for them by the server).
import { useState, type ReactNode } from "react";
import {
  Title,
  useGetIdentity,
  usePermissions,
  useTranslate,
} from "react-admin";
import { Box, Grid, Typography } from "@mui/material";
import type { Role } from "../../domain";
import { CoverageWidget } from "./CoverageWidget";
import { MembershipWidget } from "./MembershipWidget";
import { NewPatternsWidget } from "./NewPatternsWidget";
import { NewestReportsWidget } from "./NewestReportsWidget";
import { OverdueReportsWidget } from "./OverdueReportsWidget";
import { QueueCountsWidget } from "./QueueCountsWidget";
import { ReportTotalsWidget } from "./ReportTotalsWidget";
import { TrendSparklinesWidget } from "./TrendSparklinesWidget";
import { pageLayout } from "../../common/charts/pageLayout";

function RoleSection({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-label={title} sx={{ mb: 3 }}>
      <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Grid container spacing={2}>
        {children}
      </Grid>
    </Box>
  );
}

const widget = { xs: 12, md: 6, lg: 4 } as const;

export function Dashboard() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const { identity } = useGetIdentity();
  const [now] = useState(() => new Date());
  const roles = permissions ?? [];
  return (
    <Box sx={pageLayout}>
      <Title title={translate("analytics.dashboard.title")} />
      <Typography variant="body1" sx={{ mb: 2 }}>
        {identity?.fullName
          ? translate("analytics.dashboard.welcome", {
              name: identity.fullName,
            })
          : null}
      </Typography>
      {roles.includes("desk") && (
        <RoleSection title={translate("analytics.dashboard.desk")}>
          <Grid size={widget}>
            <QueueCountsWidget />
          </Grid>
          <Grid size={widget}>
            <OverdueReportsWidget />
          </Grid>
          <Grid size={widget}>
            <NewestReportsWidget />
          </Grid>
        </RoleSection>
      )}
      {roles.includes("analyst") && (
        <RoleSection title={translate("analytics.dashboard.analysis")}>
          <Grid size={{ xs: 12, lg: 8 }}>
            <TrendSparklinesWidget now={now} />
          </Grid>
          <Grid size={widget}>
            <NewPatternsWidget now={now} />
          </Grid>
        </RoleSection>
      )}
      {roles.includes("manager") && (
        <RoleSection title={translate("analytics.dashboard.management")}>
          <Grid size={widget}>
            <MembershipWidget />
          </Grid>
          <Grid size={widget}>
            <CoverageWidget />
          </Grid>
          <Grid size={widget}>
            <ReportTotalsWidget now={now} />
          </Grid>
        </RoleSection>
      )}
    </Box>
  );
}
