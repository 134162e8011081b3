// Desk: the newest reports received.
import { useTranslate } from "react-admin";
import { DashboardCard } from "./DashboardCard";
import { ReportListWidget } from "./ReportListWidget";

export function NewestReportsWidget() {
  const translate = useTranslate();
  return (
    <DashboardCard
      title={translate("analytics.dashboard.newest")}
      link={{
        to: "/reports",
        label: translate("analytics.dashboard.allReports"),
      }}
    >
      <ReportListWidget
        filter={{}}
        order="DESC"
        empty={translate("analytics.dashboard.noReports")}
      />
    </DashboardCard>
  );
}
