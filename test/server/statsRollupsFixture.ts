// What the stats rollup tests share: a database whose deltas the test folds in itself, changes
// to the reports of every kind the rollups count, and the check that nothing drifted.
import { sql, type SQL } from "drizzle-orm";
import { expect } from "vitest";
import type { Database } from "../../server/db/connect";
import {
  compactStatsRollups,
  statsRollups,
} from "../../server/stats/statsRollups";
import {
  rollupDrift,
  verifyStatsRollups,
} from "../../server/stats/statsRollupsVerify";
import { reportCountDeltas } from "../../server/db/statsRollupSchema";
import { rows } from "./dbQuery";

export function rollupFixture(db: Database) {
  async function pendingDeltas(): Promise<number> {
    const [row] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${reportCountDeltas}`,
    );
    return row!.n;
  }

  /** Folds every delta in, even if the app's own round at start-up holds the lock just now. */
  async function settle() {
    while ((await pendingDeltas()) > 0) await compactStatsRollups(db);
  }

  async function expectNoDrift() {
    for (const rollup of statsRollups)
      expect(
        await rollupDrift(db, rollup),
        `drift in ${rollup.uniqueKey}`,
      ).toEqual([]);
    expect(await verifyStatsRollups(db)).toBeNull();
  }

  async function exec(query: SQL) {
    await db.execute(query);
  }

  /** Changes reports in every way the rollups count: status, category, port, day, insert, delete. */
  let round = 0;
  async function changeReportsEveryWay() {
    round++;
    const before = await pendingDeltas();
    await exec(
      sql`update reports set risk = 'low' where id in (select id from reports order by id limit 5)`,
    );
    // A change to no counted column records nothing.
    expect(await pendingDeltas()).toBe(before);
    await exec(
      sql`update reports set status = 'closed' where id in (select id from reports where status <> 'closed' order by id limit 7)`,
    );
    await exec(
      sql`update reports set category = 'drugs', insider_type = null where id in (select id from reports where category = 'insider_threat' order by id limit 6)`,
    );
    await exec(
      sql`update reports set port_id = (select id from ports order by id limit 1) where id in (select id from reports order by id desc limit 4)`,
    );
    // Across a month end and a summer-time change: the day and the month both move.
    await exec(
      sql`update reports set received_at = received_at - interval '40 days 3 hours' where id in (select id from reports order by received_at desc limit 9)`,
    );
    // A port moved to another nation (a reference-data correction) takes its reports' counts along.
    await exec(
      sql`update ports set nation = case when nation = 'Wales' then 'Scotland' else 'Wales' end
          where id = (select port_id from reports group by port_id order by count(*) desc, port_id offset 5 limit 1)`,
    );
    await exec(sql`insert into reports (reference, external_ref, received_at, channel, port_id, category, summary, details)
                   select ${`PS-ROLLUP-${round}-`} || n, ${`CS-ROLLUP-${round}-`} || n, now() - n * interval '11 days', 'hotline',
                          (select id from ports order by id desc limit 1), 'theft_cargo_crime', 'Rollup test', 'Rollup test'
                   from generate_series(1, 3) as n`);
    await exec(
      sql`delete from reports where reference = ${`PS-ROLLUP-${round}-2`}`,
    );
    expect(await pendingDeltas()).toBeGreaterThan(before);
  }

  return {
    pendingDeltas,
    settle,
    expectNoDrift,
    exec,
    changeReportsEveryWay,
  };
}
