// Reports in the last 90 days against the 90 before, and the busiest ports: aggregates only,
// with small counts suppressed for managers (the server enforces it).
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { List, ListItem, ListItemText, Typography } from "@mui/material";
import { formatCount } from "../../domain";
import { ukPortsById } from "../../domain/reference/ukPorts";
import {
  presetWindow,
  windowInstants,
} from "../../common/charts/analyticsWindow";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { formatChange } from "../../common/charts/formatChange";
import { methodNote } from "../../common/charts/protection";
import { DashboardCard, Figure } from "./DashboardCard";

export function ReportTotalsWidget({ now }: { now: Date }) {
  const translate = useTranslate();
  const api = usePortSafeApi();
  const query = { ...windowInstants(presetWindow("90", now)), limit: 3 };
  const { data, error } = useQuery({
    queryKey: ["analytics", "summary", query],
    queryFn: () => api.getStatsSummary(query),
  });
  return (
    <DashboardCard title={translate("analytics.dashboard.reportTotals")}>
      {error && <Typography color="error">{error.message}</Typography>}
      {!data && !error && (
        <Typography variant="body2">{translate("ra.page.loading")}</Typography>
      )}
      {data && (
        <>
          <Figure
            value={formatCount(data.total.count)}
            label={translate("analytics.dashboard.reportTotalsLabel", {
              change: formatChange(data.total.count, data.total.previous),
            })}
          />
          <Typography variant="subtitle2" component="h4" sx={{ mt: 1 }}>
            {translate("analytics.trends.topPorts")}
          </Typography>
          <List dense disablePadding>
            {data.topPorts.map((p) => (
              <ListItem key={p.portId} disableGutters>
                <ListItemText
                  primary={`${ukPortsById.get(p.portId)?.name ?? p.portId}: ${formatCount(p.count)}`}
                />
              </ListItem>
            ))}
          </List>
          {methodNote(data.suppression, translate) && (
            <Typography variant="caption">
              {methodNote(data.suppression, translate)}
            </Typography>
          )}
        </>
      )}
    </DashboardCard>
  );
}
