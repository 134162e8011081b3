// Analyst: the last twelve weeks per category, insider threat first, as small lines with the
// latest week's count and the twelve-week total in figures beside each.
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { formatCount } from "../../domain";
import {
  addDays,
  ukDay,
  windowInstants,
} from "../../common/charts/analyticsWindow";
import { seriesColour } from "../../common/charts/palette";
import { Sparkline } from "../../common/charts/Sparkline";
import { methodNote } from "../../common/charts/protection";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { DashboardCard } from "./DashboardCard";

/** Most series shown: insider threat, then the busiest others. */
const shownSeries = 6;

export function TrendSparklinesWidget({ now }: { now: Date }) {
  const translate = useTranslate();
  const api = usePortSafeApi();
  const toDay = ukDay(now);
  const query = {
    ...windowInstants({ fromDay: addDays(toDay, -83), toDay }),
    interval: "week" as const,
    groupBy: "category" as const,
  };
  const { data, error } = useQuery({
    queryKey: ["analytics", "timeseries", query],
    queryFn: () => api.getStatsTimeseries(query),
  });
  const series = data
    ? [
        ...data.series.filter((s) => s.key === "insider_threat"),
        ...data.series
          .filter((s) => s.key !== "insider_threat")
          .sort((a, b) => (b.total ?? 0) - (a.total ?? 0)),
      ].slice(0, shownSeries)
    : [];
  return (
    <DashboardCard
      title={translate("analytics.dashboard.trends")}
      link={{
        to: "/trends",
        label: translate("analytics.dashboard.openTrends"),
      }}
    >
      {error && <Typography color="error">{error.message}</Typography>}
      {!data && !error && (
        <Typography variant="body2">{translate("ra.page.loading")}</Typography>
      )}
      {data && (
        <Table
          size="small"
          aria-label={translate("analytics.dashboard.trends")}
        >
          <TableHead>
            <TableRow>
              <TableCell>{translate("analytics.trends.series")}</TableCell>
              <TableCell>
                {translate("analytics.dashboard.twelveWeeks")}
              </TableCell>
              <TableCell align="right">
                {translate("analytics.dashboard.lastWeek")}
              </TableCell>
              <TableCell align="right">
                {translate("analytics.trends.total")}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {series.map((s, i) => (
              <TableRow key={s.key}>
                <TableCell component="th" scope="row">
                  {s.label}
                </TableCell>
                <TableCell>
                  <Sparkline
                    counts={s.counts}
                    label={`${s.label}, reports per week`}
                    colour={seriesColour(s.key, i)}
                  />
                </TableCell>
                <TableCell align="right">
                  {/* null is a protected "<5"; only an empty series reads 0. */}
                  {formatCount(
                    s.counts.length > 0 ? s.counts[s.counts.length - 1]! : 0,
                  )}
                </TableCell>
                <TableCell align="right">{formatCount(s.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {data && methodNote(data.suppression, translate) && (
        <Typography variant="caption" component="p">
          {methodNote(data.suppression, translate)}
        </Typography>
      )}
    </DashboardCard>
  );
}
