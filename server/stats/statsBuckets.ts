// Calendar buckets in UK time. PostgreSQL generates them (it knows when the clocks change); each
// report then falls into a bucket by width_bucket against the bucket starts, which is a binary
// search per row instead of a time-zone conversion per row (measured: ~40% faster at 100k). Rows
// of the rollups, already per UK day or month, are bucketed against the starts' UK dates.
import { sql } from "drizzle-orm";
import {
  maxTimeseriesPoints,
  statsTimeZone,
  type StatsInterval,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { problem } from "../http/problems";

export interface Buckets {
  /** UK calendar date each bucket starts on (YYYY-MM-DD). */
  labels: string[];
  /** A PostgreSQL array literal of the instants the buckets start at, for width_bucket. */
  startsLiteral: string;
  /** The same starts as UK dates, for rows already counted per UK day or month. */
  datesLiteral: string;
}

const roughDays: Record<StatsInterval, number> = { day: 1, week: 7, month: 28 };

export function tooManyPoints(
  buckets: number,
  series: number,
  interval: StatsInterval,
) {
  const wider = interval === "day" ? "week or month" : "month";
  return problem(
    400,
    "validation",
    `That chart would need ${buckets} ${interval}s × ${series} series = ${buckets * series} points, more than the ${maxTimeseriesPoints} it can show. ` +
      (interval === "month"
        ? "Shorten the window or narrow the filters."
        : `Widen the interval to ${wider}, or shorten the window.`),
    {
      errors: [
        {
          field: "interval",
          message: `too many points at ${interval} intervals; widen the interval`,
        },
      ],
    },
  );
}

export async function calendarBuckets(
  db: Queryable,
  from: Date,
  to: Date,
  interval: StatsInterval,
  series: number,
): Promise<Buckets> {
  // Refuse absurd windows before asking the database to list their buckets.
  const rough = Math.ceil(
    (to.getTime() - from.getTime()) / (roughDays[interval] * 86_400_000),
  );
  if (rough * series > maxTimeseriesPoints * 1.5)
    throw tooManyPoints(rough, series, interval);
  const rows = await queryRows<{ label: string; start: string }>(
    db,
    sql`select to_char(g, 'YYYY-MM-DD') as label, to_char(g at time zone ${statsTimeZone}, 'YYYY-MM-DD"T"HH24:MI:SSOF') as start
        from generate_series(
          date_trunc(${interval}, ${from.toISOString()}::timestamptz at time zone ${statsTimeZone}),
          (${to.toISOString()}::timestamptz - interval '1 millisecond') at time zone ${statsTimeZone},
          ${`1 ${interval}`}::interval) as g`,
  );
  if (rows.length * series > maxTimeseriesPoints)
    throw tooManyPoints(rows.length, series, interval);
  return {
    labels: rows.map((r) => r.label),
    startsLiteral: `{${rows.map((r) => `"${r.start}"`).join(",")}}`,
    datesLiteral: `{${rows.map((r) => r.label).join(",")}}`,
  };
}
