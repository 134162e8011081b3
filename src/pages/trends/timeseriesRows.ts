// A timeseries answer as chart rows and table rows (the server makes its CSV). Suppressed cells
// stay suppressed: the chart draws them at zero height but its tooltip and the table say "<5".
import {
  formatCount,
  type ReviewedPattern,
  type StatsInterval,
  type StatsTimeseriesResponse,
} from "../../domain";
import type { Measure } from "./useTrendsFilters";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
  year: "numeric",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  month: "short",
  year: "numeric",
});

/** How a bucket is named: "Mar 2026" for months, "3 Mar 2026" (the first day) otherwise. */
export function bucketLabel(bucket: string, interval: StatsInterval): string {
  const date = new Date(`${bucket}T00:00:00Z`);
  return interval === "month"
    ? monthFormat.format(date)
    : dayFormat.format(date);
}

export interface ChartRow {
  bucket: string;
  label: string;
  /** Series values by key: counts, or percentages of the bucket's visible total. */
  values: Record<string, number>;
  /** Keys whose count is suppressed in this bucket. */
  suppressed: Set<string>;
  total: number;
}

export function chartRows(
  data: StatsTimeseriesResponse,
  measure: Measure,
): ChartRow[] {
  return data.buckets.map((bucket, b) => {
    const suppressed = new Set<string>();
    let total = 0;
    for (const s of data.series) {
      const cell = s.counts[b];
      if (cell === null) suppressed.add(s.key);
      else total += cell ?? 0;
    }
    const values: Record<string, number> = {};
    for (const s of data.series) {
      const n = s.counts[b] ?? 0;
      values[s.key] =
        measure === "share"
          ? total > 0
            ? Math.round((1000 * n) / total) / 10
            : 0
          : n;
    }
    return {
      bucket,
      label: bucketLabel(bucket, data.interval),
      values,
      suppressed,
      total,
    };
  });
}

/** A cell as the table and tooltip show it. */
export function formatValue(
  row: ChartRow,
  key: string,
  measure: Measure,
): string {
  if (row.suppressed.has(key)) return formatCount(null);
  const value = row.values[key] ?? 0;
  return measure === "share"
    ? `${value.toFixed(1)}%`
    : value.toLocaleString("en-GB");
}

/** Where a spike falls on the chart: the buckets holding its first and last report. */
export function spikeBuckets(
  pattern: ReviewedPattern,
  data: StatsTimeseriesResponse,
): { from: string; to: string } | null {
  const ukDay = (iso: string) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
      new Date(iso),
    );
  const bucketOf = (day: string) =>
    [...data.buckets].reverse().find((b) => b <= day) ?? null;
  const from = bucketOf(ukDay(pattern.from));
  const to = bucketOf(ukDay(pattern.to));
  return from && to ? { from, to } : null;
}
