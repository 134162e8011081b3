// GET /api/stats/timeseries in the mock: counts per UK calendar bucket, one series per category,
// insider type, nation, channel or port, suppressed as server/routes/statsTimeseriesRepository.ts.
import {
  applySuppression,
  categoryLabels,
  channelLabels,
  channels,
  insiderTypeLabels,
  insiderTypes,
  nations,
  reportCategories,
  statsTimeZone,
  suppression,
  type Port,
  type Report,
  type StatsTimeseriesQuery,
  type StatsTimeseriesResponse,
  type SumConstraint,
} from "../../src/domain";
import { bucketStart, calendarBuckets, ukDate } from "./statsCalendar";
import { matchesStats, previousWindow } from "./statsFilters";

interface SeriesKey {
  key: string;
  label: string;
}

const otherPorts: SeriesKey = { key: "other", label: "Other ports" };

function fixedSeries(query: StatsTimeseriesQuery): SeriesKey[] | null {
  const pick = <T extends string>(
    all: readonly T[],
    chosen: readonly T[] | undefined,
    label: (k: T) => string,
  ) =>
    all
      .filter((k) => !chosen || chosen.includes(k))
      .map((key) => ({ key, label: label(key) }));
  switch (query.groupBy) {
    case "category":
      return pick(reportCategories, query.category, (k) => categoryLabels[k]);
    case "insiderType":
      return pick(insiderTypes, query.insiderType, (k) => insiderTypeLabels[k]);
    case "nation":
      return pick(nations, query.nation, (k) => k);
    case "channel":
      return pick(channels, query.channel, (k) => channelLabels[k]);
    case "port":
      return null;
  }
}

/** The key a report counts under; null when it has none (no insider type, or no port row). */
function keyOf(
  report: Report,
  port: Port | undefined,
  query: StatsTimeseriesQuery,
): string | null {
  switch (query.groupBy) {
    case "category":
      return report.category;
    case "insiderType":
      return report.insiderType;
    case "nation":
      return port?.nation ?? null;
    case "port":
      return report.portId;
    case "channel":
      return report.channel;
  }
}

/** Matching reports in a window as (key, receivedAt) pairs. */
function matching(
  reports: readonly Report[],
  portById: (id: string) => Port | undefined,
  query: StatsTimeseriesQuery,
  fromMs: number,
  toMs: number,
): { key: string; t: number }[] {
  const out: { key: string; t: number }[] = [];
  for (const report of reports) {
    const port = portById(report.portId);
    if (!matchesStats(report, port, fromMs, toMs, query)) continue;
    const key = keyOf(report, port, query);
    if (key !== null) out.push({ key, t: Date.parse(report.receivedAt) });
  }
  return out;
}

function portSeries(
  totals: Map<string, number>,
  top: number,
  portById: (id: string) => Port | undefined,
): SeriesKey[] {
  const busiest = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top);
  const series = busiest.map(([key]) => ({
    key,
    label: portById(key)?.name ?? key,
  }));
  return busiest.length < totals.size ? [...series, otherPorts] : series;
}

export function timeseries(
  reports: readonly Report[],
  portById: (id: string) => Port | undefined,
  query: StatsTimeseriesQuery,
  suppress: boolean,
): StatsTimeseriesResponse {
  const fromMs = Date.parse(query.from);
  const toMs = Date.parse(query.to);
  const fixed = fixedSeries(query);
  const labels = calendarBuckets(
    fromMs,
    toMs,
    query.interval,
    fixed?.length ?? query.top + 1,
  );
  const rows = matching(reports, portById, query, fromMs, toMs);
  const keyTotals = new Map<string, number>();
  for (const { key } of rows) keyTotals.set(key, (keyTotals.get(key) ?? 0) + 1);
  const series = fixed ?? portSeries(keyTotals, query.top, portById);
  const otherIndex = series.indexOf(otherPorts);
  const seriesOf = (key: string) => {
    const i = series.findIndex((s) => s.key === key);
    return i >= 0 ? i : otherIndex;
  };

  const B = labels.length;
  const S = series.length;
  const bucketIndex = new Map(labels.map((label, b) => [label, b]));
  const counts = new Array<number>(S * B + S + 1).fill(0);
  for (const { key, t } of rows) {
    const s = seriesOf(key);
    const b = bucketIndex.get(bucketStart(ukDate(t), query.interval));
    if (s >= 0 && b !== undefined) counts[s * B + b]! += 1;
  }
  const sums: SumConstraint[] = series.map((_, s) => ({
    total: S * B + s,
    parts: labels.map((_, b) => s * B + b),
  }));
  for (const { total, parts } of sums)
    counts[total] = parts.reduce((sum, i) => sum + counts[i]!, 0);
  counts[S * B + S] = series.reduce((sum, _, s) => sum + counts[S * B + s]!, 0);
  sums.push({ total: S * B + S, parts: series.map((_, s) => S * B + s) });
  const cells = applySuppression(counts, sums, suppress);

  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    interval: query.interval,
    groupBy: query.groupBy,
    timeZone: statsTimeZone,
    buckets: labels,
    series: series.map(({ key, label }, s) => ({
      key,
      label,
      counts: cells.slice(s * B, (s + 1) * B),
      total: cells[S * B + s]!,
    })),
    total: cells[S * B + S]!,
    previous:
      query.compare === "previous"
        ? previousTotals(reports, portById, query, series, seriesOf, suppress)
        : null,
    suppression: suppression(suppress),
  };
}

function previousTotals(
  reports: readonly Report[],
  portById: (id: string) => Port | undefined,
  query: StatsTimeseriesQuery,
  series: readonly SeriesKey[],
  seriesOf: (key: string) => number,
  suppress: boolean,
): NonNullable<StatsTimeseriesResponse["previous"]> {
  const previous = previousWindow(Date.parse(query.from), Date.parse(query.to));
  const counts = new Array<number>(series.length + 1).fill(0);
  // As the server: the total is every report of the previous window, series or not.
  for (const { key } of matching(
    reports,
    portById,
    query,
    previous.fromMs,
    previous.toMs,
  )) {
    const s = seriesOf(key);
    if (s >= 0) counts[s]! += 1;
    counts[series.length]! += 1;
  }
  const cells = applySuppression(
    counts,
    [{ total: series.length, parts: series.map((_, s) => s) }],
    suppress,
  );
  return {
    from: new Date(previous.fromMs).toISOString(),
    to: new Date(previous.toMs).toISOString(),
    total: cells[series.length]!,
    series: series.map(({ key }, s) => ({ key, total: cells[s]! })),
  };
}
