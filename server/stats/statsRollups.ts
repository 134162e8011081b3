// The rollups of report counts (server/db/statsRollupSchema.ts) as data: which calendar unit and
// which counted columns each keeps, so the stats queries can pick the smallest one that answers
// (server/stats/statsCounts.ts) and one compaction folds the pending deltas into all of them.
import { sql, type SQL } from "drizzle-orm";
import { getTableName, type Table } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { CountedColumn } from "./statsFilters";
import type { Database, Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import {
  reportCountDeltas,
  reportCountsDaily,
  reportCountsDailyByNation,
  reportCountsMonthly,
  reportCountsMonthlyByPort,
} from "../db/statsRollupSchema";

export type CalendarUnit = "day" | "month";

export interface StatsRollup {
  table: Table;
  /** The UK calendar unit of its first column. */
  unit: CalendarUnit;
  unitColumn: AnyPgColumn;
  columns: Partial<Record<CountedColumn, AnyPgColumn>>;
  n: AnyPgColumn;
  uniqueKey: string;
}

/** Smallest first (rows per year at 1M reports: ~26k; ~14k but monthly; ~70k; ~52k, monthly). */
export const statsRollups: readonly StatsRollup[] = [
  {
    table: reportCountsDaily,
    unit: "day",
    unitColumn: reportCountsDaily.day,
    columns: {
      category: reportCountsDaily.category,
      insiderType: reportCountsDaily.insiderType,
      channel: reportCountsDaily.channel,
      status: reportCountsDaily.status,
    },
    n: reportCountsDaily.n,
    uniqueKey: "report_counts_daily_key",
  },
  {
    table: reportCountsMonthlyByPort,
    unit: "month",
    unitColumn: reportCountsMonthlyByPort.month,
    columns: {
      portId: reportCountsMonthlyByPort.portId,
      category: reportCountsMonthlyByPort.category,
    },
    n: reportCountsMonthlyByPort.n,
    uniqueKey: "report_counts_monthly_by_port_key",
  },
  {
    table: reportCountsDailyByNation,
    unit: "day",
    unitColumn: reportCountsDailyByNation.day,
    columns: {
      nation: reportCountsDailyByNation.nation,
      category: reportCountsDailyByNation.category,
      insiderType: reportCountsDailyByNation.insiderType,
      channel: reportCountsDailyByNation.channel,
      status: reportCountsDailyByNation.status,
    },
    n: reportCountsDailyByNation.n,
    uniqueKey: "report_counts_daily_by_nation_key",
  },
  {
    table: reportCountsMonthly,
    unit: "month",
    unitColumn: reportCountsMonthly.month,
    columns: {
      portId: reportCountsMonthly.portId,
      category: reportCountsMonthly.category,
      insiderType: reportCountsMonthly.insiderType,
      channel: reportCountsMonthly.channel,
      status: reportCountsMonthly.status,
    },
    n: reportCountsMonthly.n,
    uniqueKey: "report_counts_monthly_key",
  },
];

const name = (column: AnyPgColumn) => sql.identifier(column.name);

/** Whether a rollup can filter or group by a column: a port's nation follows from the port. */
export function keeps(rollup: StatsRollup, column: CountedColumn): boolean {
  return Boolean(
    rollup.columns[column] ?? (column === "nation" && rollup.columns.portId),
  );
}

/** A pending delta's calendar unit, as a date: its day, or the first of its month. */
export function deltaUnit(unit: CalendarUnit): SQL {
  const day = sql`${reportCountDeltas.day}`;
  return unit === "day" ? day : sql`date_trunc('month', ${day})::date`;
}

/** Folds the deltas into one rollup (in key order, though the advisory lock already keeps compactions apart). */
function foldInto(rollup: StatsRollup): SQL {
  const counted = Object.keys(rollup.columns) as CountedColumn[];
  const targets = [
    rollup.unitColumn,
    ...counted.map((c) => rollup.columns[c]!),
    rollup.n,
  ];
  const keys = [
    deltaUnit(rollup.unit),
    ...counted.map((c) => sql`${reportCountDeltas[c]}`),
  ];
  const positions = sql.raw(keys.map((_, i) => i + 1).join(", "));
  return sql`insert into ${rollup.table} as t (${sql.join(targets.map(name), sql`, `)})
    select ${sql.join(keys, sql`, `)}, sum(${reportCountDeltas.n})::int
    -- the deleted rows, under the deltas table's name so its column references still read them
    from moved as ${reportCountDeltas}
    group by ${positions} having sum(${reportCountDeltas.n}) <> 0 order by ${positions}
    on conflict on constraint ${sql.identifier(rollup.uniqueKey)}
    do update set ${name(rollup.n)} = t.${name(rollup.n)} + excluded.${name(rollup.n)}`;
}

/**
 * Moves every pending delta into the rollups in one statement, so a reader sees each change
 * exactly once: still a delta, or already in the rollups. Returns how many deltas it moved.
 */
export async function compactStatsRollups(db: Queryable): Promise<number> {
  return db.transaction(async (tx) => {
    // One compaction at a time across every server instance; the others skip this round.
    const [lock] = await queryRows<{ locked: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(hashtext(${getTableName(reportCountDeltas)})) as locked`,
    );
    if (!lock?.locked) return 0;
    const folds = statsRollups.map(
      (rollup, i) =>
        sql`${sql.identifier(`fold${i}`)} as (${foldInto(rollup)})`,
    );
    const [moved] = await queryRows<{ moved: number }>(
      tx,
      sql`with moved as (delete from ${reportCountDeltas} returning *), ${sql.join(folds, sql`, `)}
          select count(*)::int as moved from moved`,
    );
    return moved?.moved ?? 0;
  });
}

/** Compacts every few seconds until stopped; a failed round is logged and tried again. */
export function scheduleStatsCompaction(
  db: Database,
  everyMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let busy: Promise<void> | null = null;
  let stopped = false;
  const round = () => {
    if (busy || stopped) return;
    busy = compactStatsRollups(db)
      .then(() => undefined)
      .catch((error: unknown) => {
        if (!stopped) onError(error);
      })
      .finally(() => {
        busy = null;
      });
  };
  round();
  const timer = setInterval(round, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await busy;
    },
  };
}
