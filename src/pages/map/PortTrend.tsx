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

/** Bucket totals: the sum of the series, or null when any part is suppressed. */
export function bucketTotals(
  series: readonly { counts: readonly CountCell[] }[],
  buckets: number,
): CountCell[] {
  return Array.from({ length: buckets }, (_, b) => {
    let sum = 0;
    for (const s of series) {
      const cell = s.counts[b];
      if (cell === null) return null;
      sum += cell ?? 0;
    }
    return sum;
  });
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
    // Any grouping sums to every report; channel has the fewest series.
    groupBy: "channel",
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
  const totals = bucketTotals(data.series, data.buckets.length);
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
          latest: formatCount(totals[totals.length - 1] ?? 0),
          peak: formatCount(Math.max(0, ...totals.map((t) => t ?? 0))),
        })}
      </Typography>
    </Stack>
  );
}
