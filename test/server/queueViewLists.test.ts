// The desk's queue views and territorial forces as list filters, and "claim next": the lists
// follow the same conditions as the counts, and a claim takes the oldest unassessed, unassigned
// report into triage. (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  QueueCountsSchema,
  type Report,
  type ReportEvent,
} from "../../src/domain";
import { call, expectProblem, expectSince, userId } from "./apiCalls";
import { count, rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function listIds(cookie: string, query: string) {
  const response = await call(
    t,
    cookie,
    "GET",
    `/api/reports?${query}&perPage=100`,
  );
  expect(response.statusCode, response.body).toBe(200);
  const page = response.json() as { data: Report[]; total: number };
  return { ids: page.data.map((r) => r.id), total: page.total };
}

describe("queue counts", () => {
  it("counts each view with the list's conditions, 'mine' being the signed-in officer's", async () => {
    const desk2 = await t.login("desk2");
    const me = await userId(t, "desk2");
    const [expected] = await rows<Record<string, number>>(
      t.db,
      sql`select
        count(*) filter (where status = 'new')::int as unassessed,
        count(*) filter (where assignee_id = ${me} and status <> 'closed')::int as mine,
        count(*) filter (where sla_due_at < now())::int as overdue,
        count(*) filter (where risk = 'immediate' and status <> 'closed')::int as immediate,
        count(*) filter (where status = 'on_hold')::int as on_hold,
        count(*) filter (where status <> 'closed')::int as open,
        count(*) filter (where status = 'closed')::int as closed
      from reports`,
    );
    // The demo data must exercise every view, or this test proves nothing.
    expect(Object.values(expected!).every((n) => n > 0)).toBe(true);
    const response = await call(t, desk2, "GET", "/api/reports/queues");
    expect(response.statusCode).toBe(200);
    expect(QueueCountsSchema.parse(response.json())).toEqual(expected);
  });
});

describe("queue views and forces as list filters", () => {
  it("lists 'my reports' for whoever is signed in", async () => {
    const desk3 = await t.login("desk3");
    const me = await userId(t, "desk3");
    const mine = sql`assignee_id = ${me} and status <> 'closed'`;
    const { total } = await listIds(desk3, "view=mine");
    expect(total).toBe(await count(t.db, mine));
    expect(total).toBeGreaterThan(0);
    const ofMine = await listIds(desk3, "view=mine&status=triage");
    expect(ofMine.total).toBe(
      await count(t.db, sql`${mine} and status = 'triage'`),
    );
  });

  it("lists overdue reports by the server's clock", async () => {
    const analyst = await t.login("analyst");
    const { ids, total } = await listIds(
      analyst,
      "view=overdue&sort=reference&order=asc",
    );
    const overdue = await rows<{ id: string }>(
      t.db,
      sql`select id from reports where sla_due_at < now() order by reference asc limit 100`,
    );
    expect(total).toBe(await count(t.db, sql`sla_due_at < now()`));
    expect(total).toBeGreaterThan(0);
    expect(ids).toEqual(overdue.map((r) => r.id));
  });

  it("filters by any of several territorial forces, through the report's port", async () => {
    const desk = await t.login("desk");
    const [dover] = await rows<{ force: string }>(
      t.db,
      sql`select territorial_police_force as force from ports where id = 'dover'`,
    );
    expect(["Kent Police", "Essex Police"]).toContain(dover!.force);
    const { total } = await listIds(
      desk,
      "force=Kent+Police&force=Essex+Police",
    );
    expect(total).toBe(
      await count(
        t.db,
        sql`port_id in (select id from ports where territorial_police_force in ('Kent Police', 'Essex Police'))`,
      ),
    );
    expect(total).toBeGreaterThan(
      await count(
        t.db,
        sql`port_id in (select id from ports where territorial_police_force = 'Kent Police')`,
      ),
    );
  });

  it("refuses an unknown view with 400 naming the field", async () => {
    const desk = await t.login("desk");
    const problem = expectProblem(
      await call(t, desk, "GET", "/api/reports?view=urgent"),
      400,
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(["view"]);
  });
});

describe("claiming the next report", () => {
  it("gives the officer the oldest unassessed, unassigned report, in triage, with its timeline", async () => {
    const desk = await t.login("desk");
    const [oldestRow] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports where status = 'new' and assignee_id is null order by received_at asc, id asc limit 1`,
    );
    const oldest = (
      await call(t, desk, "GET", `/api/reports/${oldestRow!.id}`)
    ).json() as Report;
    const before = (
      await call(t, desk, "GET", `/api/reports/${oldest.id}/events`)
    ).json() as { data: ReportEvent[]; total: number };

    const since = Date.now();
    const response = await call(t, desk, "POST", "/api/reports/claim");
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"${oldest.version + 1}"`);
    const claimed = response.json() as Report;
    expectSince(claimed.updatedAt, since);
    expect(claimed).toEqual({
      ...oldest,
      status: "triage",
      assigneeId: await userId(t, "desk"),
      version: oldest.version + 1,
      updatedAt: claimed.updatedAt,
      // Still unassessed: the clock runs from receipt, one hour by the default policy.
      slaDueAt: new Date(
        Date.parse(oldest.receivedAt) + 3_600_000,
      ).toISOString(),
    });

    const events = (
      await call(t, desk, "GET", `/api/reports/${oldest.id}/events`)
    ).json() as { data: ReportEvent[]; total: number };
    expect(events.total).toBe(before.total + 1);
    expect(events.data.at(-1)).toMatchObject({
      kind: "claimed",
      summary: "Claimed by Desk Officer (demo) and moved into triage",
      actorName: "Desk Officer (demo)",
      actorId: await userId(t, "desk"),
      reason: null,
      at: claimed.updatedAt,
    });

    const next = (
      await call(t, desk, "POST", "/api/reports/claim")
    ).json() as Report;
    expect(next.id).not.toBe(oldest.id);
  });
});
