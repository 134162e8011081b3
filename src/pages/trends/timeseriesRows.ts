// A timeseries answer as chart rows and table rows (the server makes its CSV). Protected cells
// (null, "<5") stay protected: the chart leaves them out (no bar, a gap in the area) and its
// tooltip and the table say "<5". A share is of the published figures of its period, and is not
// computed at all in a period with a "<5" figure, whose size, and so every share, is unknown.
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
  /**
   * Series values by key: counts, or percentages of the period's published total; null where
   * nothing can be drawn (a protected count, or a share not computed).
   */
  values: Record<string, number | null>;
  /** Keys whose count is protected ("<5") in this bucket. */
  suppressed: Set<string>;
  /** In the share view: true when a figure of the period is "<5", so no share is computed. */
  shareUnknown: boolean;
  /** The sum of the period's published figures; null when one of them is "<5". */
  total: number | null;
}

export function chartRows(
  data: StatsTimeseriesResponse,
  measure: Measure,
): ChartRow[] {
  return data.buckets.map((bucket, b) => {
    const suppressed = new Set<string>();
    let sum = 0;
    for (const s of data.series) {
      const cell = s.counts[b];
      if (cell === null) suppressed.add(s.key);
      else sum += cell ?? 0;
    }
    const total = suppressed.size > 0 ? null : sum;
    const shareUnknown = measure === "share" && total === null;
    const values: Record<string, number | null> = {};
    for (const s of data.series) {
      const cell = s.counts[b];
      const n = cell === undefined ? 0 : cell;
      values[s.key] =
        measure === "share"
          ? total === null
            ? null
            : total > 0 && n !== null
              ? Math.round((1000 * n) / total) / 10
              : 0
          : n;
    }
    return {
      bucket,
      label: bucketLabel(bucket, data.interval),
      values,
      suppressed,
      shareUnknown,
      total,
    };
  });
}

/** What the table and tooltip show for a share that is not computed. */
export const notComputed = "–";

/** A cell as the table and tooltip show it. */
export function formatValue(
  row: ChartRow,
  key: string,
  measure: Measure,
): string {
  if (measure === "share" && row.shareUnknown) return notComputed;
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
