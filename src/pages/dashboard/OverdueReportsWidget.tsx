// Desk: reports whose service-level clock has run out (SLA breaches), oldest first.
import { useTranslate } from "react-admin";
import { DashboardCard, Figure } from "./DashboardCard";
import { ReportListWidget } from "./ReportListWidget";

export function OverdueReportsWidget() {
  const translate = useTranslate();
  return (
    <DashboardCard title={translate("analytics.dashboard.overdue")}>
      <ReportListWidget
        filter={{ view: "overdue" }}
        order="ASC"
        empty={translate("analytics.dashboard.noOverdue")}
        onTotal={(total) => (
          <Figure
            value={total.toLocaleString("en-GB")}
            label={translate("analytics.dashboard.overdueLabel", {
              smart_count: total,
            })}
            urgent={total > 0}
          />
        )}
      />
    </DashboardCard>
  );
}
