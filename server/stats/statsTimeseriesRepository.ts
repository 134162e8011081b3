// GET /api/stats/timeseries: report counts per UK calendar bucket, one series per category,
// insider type, nation, channel or port (the busiest `top`, the rest as "Other ports").
import { sql, type SQL } from "drizzle-orm";
import {
  categoryLabels,
  channelLabels,
  channels,
  insiderTypeLabels,
  insiderTypes,
  nations,
  protectCount,
  protectCounts,
  reportCategories,
  statsTimeZone,
  suppression,
  type StatsGroupBy,
  type StatsSeries,
  type StatsTimeseriesQuery,
  type StatsTimeseriesResponse,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { ports } from "../db/schema";
import { calendarBuckets } from "./statsBuckets";
import { countsTable, countsSource, type CountsRequest } from "./statsCounts";
import { previousWindow, type CountedColumn } from "./statsFilters";

const otherPorts = { key: "other", label: "Other ports" };

/** The column each grouping reads. */
const groupColumn: Record<StatsGroupBy, SQL> = {
  category: countsTable.category,
  insiderType: countsTable.insiderType,
  nation: countsTable.nation,
  port: countsTable.portId,
  channel: countsTable.channel,
};

/** The counted column behind each grouping. */
const groupedBy: Record<StatsGroupBy, CountedColumn> = {
  category: "category",
  insiderType: "insiderType",
  nation: "nation",
  port: "portId",
  channel: "channel",
};

/** The fixed series of a grouping, in the domain's order (all of them, or those filtered to). */
function fixedSeries(
  query: StatsTimeseriesQuery,
): { key: string; label: string }[] | null {
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

/** The window's counts, for a grouping, bucketed by `bucketUnit` (null: one total per key). */
async function source(
  db: Queryable,
  query: StatsTimeseriesQuery,
  from: Date,
  to: Date,
  bucketUnit: CountsRequest["bucketUnit"],
): Promise<SQL> {
  return countsSource(db, {
    from,
    to,
    filters: query,
    groupedBy: [groupedBy[query.groupBy]],
    bucketUnit,
  });
}

/** Only insider-threat reports have an insider type; the rest are not part of that chart. */
function insiderOnly(query: StatsTimeseriesQuery): SQL {
  return query.groupBy === "insiderType"
    ? sql`where ${countsTable.insiderType} is not null`
    : sql``;
}

async function totalsByKey(
  db: Queryable,
  query: StatsTimeseriesQuery,
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  const rows = await queryRows<{ key: string; n: number }>(
    db,
    sql`select ${groupColumn[query.groupBy]} as key, sum(${countsTable.n})::int as n
        from ${await source(db, query, from, to, null)} ${insiderOnly(query)}
        group by 1 having sum(${countsTable.n}) <> 0`,
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** The busiest ports by name, then "Other ports" for the rest. */
async function portSeries(
  db: Queryable,
  totals: Map<string, number>,
  top: number,
  suppress: boolean,
) {
  // Ranked by what the caller may see, so the order gives nothing finer away.
  const rank = (n: number) => protectCount(n, suppress) ?? 2.5;
  const busiest = [...totals]
    .sort((a, b) => rank(b[1]) - rank(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, top);
  const names = new Map(
    (await db.select({ id: ports.id, name: ports.name }).from(ports)).map(
      (p) => [p.id, p.name],
    ),
  );
  const series = busiest.map(([key]) => ({
    key,
    label: names.get(key) ?? key,
  }));
  return busiest.length < totals.size ? [...series, otherPorts] : series;
}

export async function timeseries(
  db: Queryable,
  query: StatsTimeseriesQuery,
  suppress: boolean,
): Promise<StatsTimeseriesResponse> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  const fixed = fixedSeries(query);
  const buckets = await calendarBuckets(
    db,
    from,
    to,
    query.interval,
    fixed?.length ?? query.top + 1,
  );
  const rows = await queryRows<{ bucket: number; key: string; n: number }>(
    db,
    sql`select coalesce(width_bucket(${countsTable.day}, ${buckets.datesLiteral}::date[]),
                        width_bucket(${countsTable.at}, ${buckets.startsLiteral}::timestamptz[])) as bucket,
               ${groupColumn[query.groupBy]} as key, sum(${countsTable.n})::int as n
        from ${await source(db, query, from, to, query.interval === "month" ? "month" : "day")} ${insiderOnly(query)}
        group by 1, 2 having sum(${countsTable.n}) <> 0`,
  );
  const keyTotals = new Map<string, number>();
  for (const row of rows)
    keyTotals.set(row.key, (keyTotals.get(row.key) ?? 0) + row.n);
  const series =
    fixed ?? (await portSeries(db, keyTotals, query.top, suppress));
  const otherIndex = series.indexOf(otherPorts);
  /** Which series a key counts in: its own, else "Other ports" (port grouping), else none. */
  const seriesOf = (key: string) => {
    const i = series.findIndex((s) => s.key === key);
    return i >= 0 ? i : otherIndex;
  };

  // Flat counts: series × buckets, then series totals, then the grand total.
  const B = buckets.labels.length;
  const S = series.length;
  const counts = new Array<number>(S * B + S + 1).fill(0);
  for (const row of rows) {
    const s = seriesOf(row.key);
    if (s >= 0 && row.bucket >= 1 && row.bucket <= B)
      counts[s * B + row.bucket - 1]! += row.n;
  }
  // Totals from the true counts; every cell then protected on its own (DESIGN.md §7).
  series.forEach((_, s) => {
    for (let b = 0; b < B; b++) counts[S * B + s]! += counts[s * B + b]!;
    counts[S * B + S]! += counts[S * B + s]!;
  });
  const cells = protectCounts(counts, suppress);

  return {
    from: from.toISOString(),
    to: to.toISOString(),
    interval: query.interval,
    groupBy: query.groupBy,
    timeZone: statsTimeZone,
    buckets: buckets.labels,
    series: series.map(({ key, label }, s): StatsSeries => ({
      key,
      label,
      counts: cells.slice(s * B, (s + 1) * B),
      total: cells[S * B + s]!,
    })),
    total: cells[S * B + S]!,
    previous:
      query.compare === "previous"
        ? await previousTotals(db, query, from, to, series, seriesOf, suppress)
        : null,
    suppression: suppression(suppress),
  };
}

async function previousTotals(
  db: Queryable,
  query: StatsTimeseriesQuery,
  from: Date,
  to: Date,
  series: readonly { key: string }[],
  seriesOf: (key: string) => number,
  suppress: boolean,
): Promise<NonNullable<StatsTimeseriesResponse["previous"]>> {
  const previous = previousWindow(from, to);
  const counts = new Array<number>(series.length + 1).fill(0);
  // The total is every report of the previous window, even at ports that are not a series now.
  for (const [key, n] of await totalsByKey(
    db,
    query,
    previous.from,
    previous.to,
  )) {
    const s = seriesOf(key);
    if (s >= 0) counts[s]! += n;
    counts[series.length]! += n;
  }
  const cells = protectCounts(counts, suppress);
  return {
    from: previous.from.toISOString(),
    to: previous.to.toISOString(),
    total: cells[series.length]!,
    series: series.map(({ key }, s) => ({ key, total: cells[s]! })),
  };
}
