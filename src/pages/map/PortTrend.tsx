// A port's reports over the window as a small line, from the server's weekly (or, for long
// windows, monthly) counts, with the figures in words beside it.
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { Stack, Typography } from "@mui/material";
import {
  formatCount,
  type CountCell,
  type StatsTimeseriesQuery,
} from "../../domain";
import { Sparkline } from "../../common/charts/Sparkline";
import type { WindowQuery } from "../../providers/analyticsMethods";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { reportFilterQuery, type MapFilters } from "./useMapFilters";

/**
 * The port's published count per bucket. Asked for grouped by port, filtered to the port, the
 * answer's one series is the port itself, each bucket published on its own: no sum of rounded or
 * protected parts, so the line agrees with the panel's total. No series means no reports (0).
 */
export function portBucketCounts(
  series: readonly { key: string; counts: readonly CountCell[] }[],
  portId: string,
  buckets: number,
): CountCell[] {
  const own = series.find((s) => s.key === portId);
  return Array.from({ length: buckets }, (_, b) =>
    own ? (own.counts[b] === undefined ? 0 : own.counts[b]!) : 0,
  );
}

/** The highest published count: "<5" when every non-zero bucket is protected. */
export function peakCount(counts: readonly CountCell[]): CountCell {
  const published = counts.filter((c): c is number => c !== null);
  const max = Math.max(0, ...published);
  return max === 0 && counts.some((c) => c === null) ? null : max;
}

export function PortTrend({
  portId,
  range,
  filters,
}: {
  portId: string;
  range: { from: string; to: string };
  filters: MapFilters;
}) {
  const translate = useTranslate();
  const api = usePortSafeApi();
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  const interval = days > 200 ? ("month" as const) : ("week" as const);
  const query: WindowQuery<StatsTimeseriesQuery> = {
    ...range,
    ...reportFilterQuery(filters),
    portId: [portId],
    interval,
    // Grouped by port, filtered to this port: one series, the port's own published counts.
    groupBy: "port",
    top: 1,
  };
  const { data, error } = useQuery({
    queryKey: ["analytics", "portTrend", query],
    queryFn: () => api.getStatsTimeseries(query),
  });
  if (error)
    return (
      <Typography variant="body2" color="error">
        {translate("analytics.port.trendError")}
      </Typography>
    );
  if (!data)
    return (
      <Typography variant="body2">{translate("ra.page.loading")}</Typography>
    );
  const totals = portBucketCounts(data.series, portId, data.buckets.length);
  const latest = totals.length > 0 ? totals[totals.length - 1]! : 0;
  const label = translate(
    interval === "month"
      ? "analytics.port.trendMonthly"
      : "analytics.port.trendWeekly",
  );
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
      <Sparkline counts={totals} label={label} width={160} height={36} />
      <Typography variant="body2">
        {translate("analytics.port.trendLatest", {
          latest: formatCount(latest),
          peak: formatCount(peakCount(totals)),
        })}
        {totals.includes(null) && ` ${translate("analytics.port.trendGap")}`}
      </Typography>
    </Stack>
  );
}
