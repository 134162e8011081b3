import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain";
import { createUser } from "../../server/accounts/usersRepository";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

function send(
  method: "GET" | "POST",
  url: string,
  cookie: string,
  payload?: object,
  version?: number,
) {
  return t.app.inject({
    method,
    url,
    headers: {
      cookie,
      ...(version !== undefined ? { "if-match": `"${version}"` } : {}),
    },
    payload,
  });
}

async function reportWith(where: ReturnType<typeof sql>): Promise<Report> {
  const [row] = await rows<{ id: string }>(
    t.db,
    sql`select id from reports where ${where} order by received_at desc limit 1`,
  );
  return (await send("GET", `/api/reports/${row!.id}`, desk)).json();
}

describe("claim next", () => {
  it("gives the officer the oldest unassessed, unassigned report and moves it into triage", async () => {
    const [oldest] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports where status = 'new' and assignee_id is null order by received_at asc, id asc limit 1`,
    );
    const response = await send("POST", "/api/reports/claim", desk);
    expect(response.statusCode).toBe(200);
    const claimed = response.json() as Report;
    const me = (await send("GET", "/api/auth/me", desk)).json();
    expect(claimed).toMatchObject({
      id: oldest!.id,
      status: "triage",
      assigneeId: me.id,
    });
    const timeline = (
      await send("GET", `/api/reports/${claimed.id}/events`, desk)
    ).json();
    expect(timeline.data.at(-1)).toMatchObject({
      kind: "claimed",
      actorName: "Desk Officer (demo)",
    });
  });

  it("hands 20 officers claiming at once 20 different reports", async () => {
    const officers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createUser(t.db, {
          username: `claimer${i}`,
          displayName: `Claimer ${i}`,
          roles: ["desk"],
          password: "a long enough password",
        }),
      ),
    );
    const cookies = await Promise.all(
      officers.map(async (o) => {
        const login = await t.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: o.username, password: "a long enough password" },
        });
        return login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      }),
    );
    const responses = await Promise.all(
      cookies.map((cookie) => send("POST", "/api/reports/claim", cookie)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const claimed = responses.map((r) => r.json() as Report);
    expect(new Set(claimed.map((r) => r.id)).size).toBe(20);
    claimed.forEach((report, i) =>
      expect(report.assigneeId).toBe(officers[i]!.id),
    );
  });

  it("answers 204 when nothing is left to claim", async () => {
    await t.db.execute(
      sql`update reports set assignee_id = (select id from users where username = 'desk2') where status = 'new'`,
    );
    const response = await send("POST", "/api/reports/claim", desk);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
  });

  it("is refused to analysts", async () => {
    const response = await send(
      "POST",
      "/api/reports/claim",
      await t.login("analyst"),
    );
    expect(response.statusCode).toBe(403);
  });
});

describe("transitions", () => {
  it("refuses a move the workflow does not have with 409 and the allowed moves", async () => {
    const report = await reportWith(sql`status = 'new'`);
    const response = await send(
      "POST",
      `/api/reports/${report.id}/transitions`,
      desk,
      { to: "actioned" },
      report.version,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      allowed: ["triage", "closed"],
      title: "That move is not allowed",
    });
  });

  it("requires a reason and a closure reason to close, then closes and records why", async () => {
    const report = await reportWith(sql`status = 'triage'`);
    const noReason = await send(
      "POST",
      `/api/reports/${report.id}/transitions`,
      desk,
      { to: "closed", closureReason: "duplicate" },
      report.version,
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([
      { field: "reason", message: "give a reason to close" },
    ]);

    const closed = await send(
      "POST",
      `/api/reports/${report.id}/transitions`,
      desk,
      {
        to: "closed",
        reason: "Same vessel as PS-2026-000010",
        closureReason: "duplicate",
      },
      report.version,
    );
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: "closed",
      closureReason: "duplicate",
      version: report.version + 1,
      slaDueAt: null,
    });
    expect(closed.json().closedAt).not.toBeNull();
    const timeline = (
      await send("GET", `/api/reports/${report.id}/events`, desk)
    ).json();
    expect(timeline.data.at(-1)).toMatchObject({
      kind: "transition",
      summary: "Close: In triage → Closed",
      reason: "Same vessel as PS-2026-000010",
    });
  });

  it("reopens a closed report with a reason, clearing the closure", async () => {
    const report = await reportWith(sql`status = 'closed'`);
    const response = await send(
      "POST",
      `/api/reports/${report.id}/transitions`,
      desk,
      { to: "triage", reason: "New information from Crimestoppers" },
      report.version,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "triage",
      closureReason: null,
      closedAt: null,
    });
  });

  it("refuses a stale version with 409 and the current record, and needs If-Match", async () => {
    const report = await reportWith(sql`status = 'new'`);
    const stale = await send(
      "POST",
      `/api/reports/${report.id}/transitions`,
      desk,
      { to: "triage" },
      report.version - 1,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.id).toBe(report.id);
    const missing = await send(
      "POST",
      `/api/reports/${report.id}/transitions`,
      desk,
      { to: "triage" },
    );
    expect(missing.statusCode).toBe(428);
  });

  it("is refused to an analyst and a manager", async () => {
    const report = await reportWith(sql`status = 'new'`);
    for (const user of ["analyst", "manager"]) {
      const response = await send(
        "POST",
        `/api/reports/${report.id}/transitions`,
        await t.login(user),
        { to: "triage" },
        report.version,
      );
      expect(response.statusCode, user).toBe(403);
    }
  });
});

describe("assignment and notes", () => {
  it("assigns to another desk officer and refuses a non-desk user", async () => {
    const report = await reportWith(sql`status = 'triage'`);
    const [desk2, analyst] = await rows<{ id: string }>(
      t.db,
      sql`select id from users where username in ('desk2', 'analyst') order by username desc`,
    );
    const refused = await send(
      "POST",
      `/api/reports/${report.id}/assignment`,
      desk,
      { assigneeId: analyst!.id },
      report.version,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { field: "assigneeId", message: "choose an active desk officer" },
    ]);
    const assigned = await send(
      "POST",
      `/api/reports/${report.id}/assignment`,
      desk,
      { assigneeId: desk2!.id },
      report.version,
    );
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({
      assigneeId: desk2!.id,
      version: report.version + 1,
    });
  });

  it("adds a note to the timeline", async () => {
    const report = await reportWith(sql`status = 'triage'`);
    const response = await send(
      "POST",
      `/api/reports/${report.id}/notes`,
      desk,
      { text: "Called the port's PFSO; CCTV retained." },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: "note",
      reason: "Called the port's PFSO; CCTV retained.",
      actorName: "Desk Officer (demo)",
    });
    const empty = await send("POST", `/api/reports/${report.id}/notes`, desk, {
      text: "   ",
    });
    expect(empty.statusCode).toBe(400);
  });
});

describe("queue views", () => {
  it("counts each view as the database does", async () => {
    const counts = (await send("GET", "/api/reports/queues", desk)).json();
    const [me] = await rows<{ id: string }>(
      t.db,
      sql`select id from users where username = 'desk'`,
    );
    const [expected] = await rows<Record<string, number>>(
      t.db,
      sql`select
        count(*) filter (where status = 'new')::int as unassessed,
        count(*) filter (where assignee_id = ${me!.id} and status <> 'closed')::int as mine,
        count(*) filter (where sla_due_at < now())::int as overdue,
        count(*) filter (where risk = 'immediate' and status <> 'closed')::int as immediate,
        count(*) filter (where status = 'on_hold')::int as on_hold,
        count(*) filter (where status <> 'closed')::int as open,
        count(*) filter (where status = 'closed')::int as closed
      from reports`,
    );
    expect(counts).toEqual(expected);
    expect(counts.open).toBeGreaterThan(0);
  });

  it("lists a view: my reports are all mine and open", async () => {
    const body = (
      await send("GET", "/api/reports?view=mine&perPage=100", desk)
    ).json();
    const me = (await send("GET", "/api/auth/me", desk)).json();
    expect(body.total).toBeGreaterThan(0);
    expect(
      body.data.every(
        (r: Report) => r.assigneeId === me.id && r.status !== "closed",
      ),
    ).toBe(true);
  });

  it("lists overdue reports: every clock has run out", async () => {
    const body = (
      await send("GET", "/api/reports?view=overdue&perPage=100", desk)
    ).json();
    const now = Date.now();
    expect(
      body.data.every(
        (r: Report) => r.slaDueAt !== null && Date.parse(r.slaDueAt) < now,
      ),
    ).toBe(true);
  });

  it("filters by the port's territorial force", async () => {
    const body = (
      await send("GET", "/api/reports?force=Kent%20Police&perPage=100", desk)
    ).json();
    const [expected] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from reports where port_id in (select id from ports where territorial_police_force = 'Kent Police')`,
    );
    expect(body.total).toBe(expected!.n);
    expect(body.total).toBeGreaterThan(0);
  });
});
