// Two of the attacks of the disclosure-control test (disclosureAdversary.test.ts): one window less
// another, and a trends chart less its parts. Each returns what the attacker derived beside the
// true count it stands for.
import { sql } from "drizzle-orm";
import type {
  statsGroupings,
  StatsSummaryResponse,
  StatsTimeseriesResponse,
} from "../../src/domain";
import type { Database } from "../../server/db/connect";
import { rows } from "./dbQuery";
import {
  conditions,
  known,
  query,
  trueCount,
  type Derived,
  type Filters,
  type Window,
} from "./disclosureAttacker";

export type Attacker = "manager" | "analyst";

/** How an attack asks the API (as the attacker, safe where it must be) and reads the truth. */
export interface AttackContext {
  get<T>(attacker: Attacker, path: string, q: string): Promise<T>;
  db: Database;
}

/** One window less another inside it, beside it, or overlapping it; and the previous period. */
export async function windowDifference(
  { get, db }: AttackContext,
  attacker: Attacker,
  { a, b, c }: { a: Date; b: Date; c: Date },
  f: Filters,
): Promise<Derived[]> {
  const summary = (w: Window) =>
    get<StatsSummaryResponse>(attacker, "/api/stats/summary", query(w, f));
  const [whole, first, second] = await Promise.all([
    summary({ from: a, to: c }),
    summary({ from: a, to: b }),
    summary({ from: b, to: c }),
  ]);
  const found: Derived[] = [];
  const truthFirst = await trueCount(db, { from: a, to: b }, f);
  const truthSecond = await trueCount(db, { from: b, to: c }, f);
  if (whole.total.count !== null && first.total.count !== null)
    found.push({
      how: "[a,c) − [a,b)",
      derived: whole.total.count - first.total.count,
      truth: truthSecond,
    });
  if (whole.total.count !== null && second.total.count !== null)
    found.push({
      how: "[a,c) − [b,c)",
      derived: whole.total.count - second.total.count,
      truth: truthFirst,
    });
  // [b,c) compares itself with the same length before b: its previous period, and the change.
  const before = { from: new Date(2 * b.getTime() - c.getTime()), to: b };
  const truthBefore = await trueCount(db, before, f);
  const { count, previous, change } = second.total;
  if (count !== null && change !== null)
    found.push({
      how: "[b,c) count − change",
      derived: count - change,
      truth: truthBefore,
    });
  // The previous period is itself a window: nested in, or overlapping, [a,b).
  const span = { from: before.from < a ? before.from : a, to: b };
  const spanned = await summary(span);
  const outside =
    before.from < a
      ? { from: before.from, to: a }
      : { from: a, to: before.from };
  if (spanned.total.count !== null && previous !== null)
    found.push({
      how: "span − previous period",
      derived: spanned.total.count - previous,
      truth: await trueCount(db, outside, f),
    });
  // Rising categories carry their own previous counts: each less the whole previous total.
  for (const rising of second.risingCategories)
    if (rising.change !== null && rising.count !== null)
      found.push({
        how: `rising ${rising.category} count − change`,
        derived: rising.count - rising.change,
        truth: await trueCount(db, before, {
          ...f,
          category: [rising.category],
        }),
      });
  return found;
}

/** A trends chart: each series less its published buckets, the total less its published series. */
export async function chartDifference(
  { get, db }: AttackContext,
  attacker: Attacker,
  window: Window,
  groupBy: (typeof statsGroupings)[number],
  interval: "day" | "week" | "month",
  f: Filters,
): Promise<Derived[]> {
  const trend = await get<StatsTimeseriesResponse>(
    attacker,
    "/api/stats/timeseries",
    query(window, f, { groupBy, interval, compare: "previous" }),
  );
  const column = {
    category: sql`r.category`,
    insiderType: sql`r.insider_type`,
    nation: sql`p.nation`,
    port: sql`r.port_id`,
    channel: sql`r.channel`,
  }[groupBy];
  const starts = `{${trend.buckets.join(",")}}`;
  // True counts per bucket and key: the buckets start at UK midnight on their dates.
  const truths = await rows<{ bucket: number; key: string; n: number }>(
    db,
    sql`select width_bucket(r.received_at, array(select (d::timestamp at time zone 'Europe/London')
                  from unnest(${starts}::date[]) d)) as bucket, ${column} as key, count(*)::int as n
        from reports r join ports p on p.id = r.port_id
        where r.received_at >= ${window.from.toISOString()} and r.received_at < ${window.to.toISOString()}
          and ${column} is not null and ${sql.join(conditions(f), sql` and `)}
        group by 1, 2`,
  );
  const named = trend.series.filter((s) => s.key !== "other");
  const truthOf = (key: string, buckets: (b: number) => boolean) =>
    truths
      .filter((r) => r.key === key && buckets(r.bucket - 1))
      .reduce((sum, r) => sum + r.n, 0);
  const found: Derived[] = [];
  for (const s of named)
    if (s.total !== null)
      found.push({
        how: `${groupBy} ${s.key} total − its published ${interval}s`,
        derived: s.total - known(s.counts),
        truth: truthOf(s.key, (b) => s.counts[b] === null),
      });
  if (trend.total !== null && named.length === trend.series.length)
    found.push({
      how: `${groupBy} total − published series`,
      derived: trend.total - known(trend.series.map((s) => s.total)),
      truth: named
        .filter((s) => s.total === null)
        .reduce((sum, s) => sum + truthOf(s.key, () => true), 0),
    });
  const previous = trend.previous!;
  const previousWindow = {
    from: new Date(previous.from),
    to: new Date(previous.to),
  };
  const hiddenKeys = previous.series
    .filter((s) => s.total === null)
    .map((s) => s.key);
  if (
    previous.total !== null &&
    named.length === trend.series.length &&
    groupBy !== "insiderType"
  )
    found.push({
      how: `${groupBy} previous total − published previous series`,
      derived: previous.total - known(previous.series.map((s) => s.total)),
      truth: await trueCount(db, previousWindow, {
        ...f,
        [{ port: "portId" }[groupBy as "port"] ?? groupBy]: hiddenKeys,
      }),
    });
  return found;
}
