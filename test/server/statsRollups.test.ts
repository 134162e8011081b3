// The stats rollups (server/stats/statsRollups.ts): after every kind of report change they, with
// their pending deltas, still equal a fresh count of the reports; compaction moves each delta
// exactly once; the server folds the deltas in by itself. What the aggregates answer through them
// is tested in statsRollupsAnswers.test.ts.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  compactStatsRollups,
  statsRollups,
} from "../../server/stats/statsRollups";
import { verifyStatsRollups } from "../../server/stats/statsRollupsVerify";
import { reportCountDeltas } from "../../server/db/statsRollupSchema";
import { rows } from "./dbQuery";
import { rollupFixture } from "./statsRollupsFixture";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let r: ReturnType<typeof rollupFixture>;

beforeAll(async () => {
  // The test folds the deltas itself, so it knows when they are pending and when folded.
  t = await createTestApp({}, { statsCompactionMs: 3_600_000 });
  r = rollupFixture(t.db);
  await r.settle();
});
afterAll(() => t.close());

describe("the stats rollups stay equal to the reports", () => {
  it("hold exactly the seeded reports once the deltas are folded in", async () => {
    expect(await r.pendingDeltas()).toBe(0);
    await r.expectNoDrift();
  });

  it("count every kind of change in the same transaction, before and after compaction", async () => {
    await r.changeReportsEveryWay();
    await r.expectNoDrift();
    await r.settle();
    await r.expectNoDrift();
  });

  it("lose no change made inside a transaction that rolls back, nor keep one", async () => {
    const before = await r.pendingDeltas();
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(
          sql`update reports set status = 'on_hold' where id in (select id from reports where status = 'closed' order by id limit 3)`,
        );
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await r.pendingDeltas()).toBe(before);
    await r.expectNoDrift();
  });

  it("move every delta exactly once when two compactions run at once", async () => {
    await r.changeReportsEveryWay();
    await Promise.all([compactStatsRollups(t.db), compactStatsRollups(t.db)]);
    await r.settle();
    await r.expectNoDrift();
  });

  it("start again from nothing when the reports are truncated", async () => {
    await r.changeReportsEveryWay();
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`truncate reports cascade`);
        for (const rollup of [
          ...statsRollups.map((r) => r.table),
          reportCountDeltas,
        ]) {
          const [row] = await rows<{ n: number }>(
            tx as never,
            sql`select count(*)::int as n from ${rollup}`,
          );
          expect(row!.n).toBe(0);
        }
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await r.expectNoDrift();
    await r.settle();
  });

  it("move a report written while its port changes nation (PostgreSQL, two connections)", async (context) => {
    // PGlite has one connection: no report can be written while a port change is uncommitted.
    if (t.kind !== "postgres") return context.skip();
    const [port] = await rows<{ id: string; nation: string }>(
      t.db,
      sql`select id, nation from ports order by id limit 1 offset 7`,
    );
    const other = port!.nation === "Wales" ? "Scotland" : "Wales";
    let changed!: () => void;
    let commit!: () => void;
    const nationChanged = new Promise<void>((resolve) => (changed = resolve));
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const portChange = t.db.transaction(async (tx) => {
      await tx.execute(
        sql`update ports set nation = ${other} where id = ${port!.id}`,
      );
      changed();
      await committing;
    });
    await nationChanged;
    // Written on another connection while the change is not yet committed (drizzle's queries run
    // when awaited: `then` starts this one now).
    const write = t.db
      .execute(
        sql`insert into reports (reference, external_ref, received_at, channel, port_id, category, summary, details)
          values ('PS-RACE-1', 'CS-RACE-1', now(), 'online', ${port!.id}, 'drugs', 'Race test', 'Race test')`,
      )
      .then(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    commit();
    await Promise.all([portChange, write]);
    await r.expectNoDrift();
  });
});

describe("the server folds the deltas in by itself", () => {
  it("compacts on its schedule, so pending deltas do not pile up", async () => {
    const own = await createTestApp({}, { statsCompactionMs: 100 });
    try {
      await own.db.execute(
        sql`update reports set status = 'closed' where id in (select id from reports where status <> 'closed' order by id limit 3)`,
      );
      const pending = async () => {
        const [row] = await rows<{ n: number }>(
          own.db,
          sql`select count(*)::int as n from ${reportCountDeltas}`,
        );
        return row!.n;
      };
      await expect.poll(pending, { timeout: 10_000, interval: 50 }).toBe(0);
      expect(await verifyStatsRollups(own.db)).toBeNull();
    } finally {
      await own.close();
    }
  });
});
