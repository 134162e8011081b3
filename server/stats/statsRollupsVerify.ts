// Checks the stats rollups against the reports: each rollup plus its pending deltas must equal a
// fresh count of the reports at its grain. Used by the tests and by the crash test, which SIGKILLs
// the server mid-write and then asks whether any count was lost or counted twice.
import { sql } from "drizzle-orm";
import { statsTimeZone } from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { reportCountDeltas } from "../db/statsRollupSchema";
import { deltaUnit, statsRollups, type StatsRollup } from "./statsRollups";

/** The cells where one rollup and its deltas differ from counting the reports afresh. */
export async function rollupDrift(
  db: Queryable,
  rollup: StatsRollup,
): Promise<Record<string, unknown>[]> {
  const columns = Object.values(rollup.columns).map((c) =>
    sql.identifier(c.name),
  );
  const list = sql.join(columns, sql`, `);
  const unitOfReport =
    rollup.unit === "day"
      ? sql`(received_at at time zone ${statsTimeZone})::date`
      : sql`date_trunc('month', received_at at time zone ${statsTimeZone})::date`;
  return queryRows(
    db,
    sql`with expected as (
          select ${unitOfReport} as unit, ${list}, count(*)::int as n
          from reports join ports on ports.id = reports.port_id group by unit, ${list}),
        stored as (
          select unit, ${list}, sum(n)::int as n from (
            select ${rollup.unitColumn} as unit, ${list}, ${rollup.n} as n from ${rollup.table}
            union all
            select ${deltaUnit(rollup.unit)}, ${list}, ${reportCountDeltas.n} from ${reportCountDeltas}
          ) as rows_and_deltas group by unit, ${list} having sum(n) <> 0)
        (select 'not counted' as drift, * from (select * from expected except select * from stored) as m)
        union all
        (select 'counted wrongly', * from (select * from stored except select * from expected) as e)`,
  );
}

/** Null when every rollup matches the reports, else what is wrong. */
export async function verifyStatsRollups(
  db: Queryable,
): Promise<string | null> {
  for (const rollup of statsRollups) {
    const drift = await rollupDrift(db, rollup);
    if (drift.length > 0)
      return `${rollup.uniqueKey}: ${drift.length} cells differ from the reports, e.g. ${JSON.stringify(drift[0])}`;
  }
  return null;
}
