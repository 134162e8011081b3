// Moving a report through the workflow: each move is checked by the state machine and worded
// for the officer, needs If-Match, and lands on the report's timeline exactly as asked.
// (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain";
import {
  call,
  expectProblem,
  expectSince,
  ifMatch,
  reportWhere,
  timeline,
  userId,
} from "./apiCalls";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

function transition(
  report: Pick<Report, "id" | "version">,
  body: object,
  version = report.version,
  cookie = desk,
) {
  return call(
    t,
    cookie,
    "POST",
    `/api/reports/${report.id}/transitions`,
    body,
    ifMatch(version),
  );
}

const read = async (id: string) =>
  (await call(t, desk, "GET", `/api/reports/${id}`)).json() as Report;

describe("moving a report through the workflow", () => {
  it("refuses a move the workflow does not have with 409, the allowed moves and the reference", async () => {
    const report = await reportWhere(t, desk, sql`status = 'new'`);
    const problem = expectProblem(
      await transition(report, { to: "actioned" }),
      409,
    );
    expect(problem).toMatchObject({
      type: "urn:portsafe:problem:invalid_transition",
      title: "That move is not allowed",
      detail: `${report.reference}: a report that is new cannot move to actioned; allowed: triage, closed`,
      allowed: ["triage", "closed"],
    });
  });

  it("names the missing input: the reason, the closure reason, or the risk", async () => {
    const report = await reportWhere(
      t,
      desk,
      sql`status = 'triage' and risk is null`,
    );
    const before = await timeline(t, desk, report.id);
    const cases: [object, string, string][] = [
      [
        { to: "closed", closureReason: "duplicate" },
        "reason",
        "give a reason to close",
      ],
      [
        { to: "closed", reason: "Same vessel" },
        "closureReason",
        "choose a closure reason",
      ],
      [
        { to: "on_hold", reason: "Waiting", closureReason: "duplicate" },
        "closureReason",
        "a closure reason is only given when closing",
      ],
      [
        { to: "actioned" },
        "risk",
        "assess the risk before marking the report actioned",
      ],
    ];
    for (const [body, field, message] of cases) {
      const problem = expectProblem(await transition(report, body), 400);
      expect(problem.detail, field).toBe(message);
      expect(problem.errors, field).toEqual([{ field, message }]);
    }
    expect(await read(report.id)).toEqual(report);
    expect(await timeline(t, desk, report.id)).toEqual(before);
  });

  it("closes with a reason, stops the clock, and records why", async () => {
    const report = await reportWhere(t, desk, sql`status = 'triage'`);
    const before = await timeline(t, desk, report.id);
    const since = Date.now();
    const response = await transition(report, {
      to: "closed",
      reason: "  Same vessel as PS-2026-000010 ",
      closureReason: "duplicate",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"${report.version + 1}"`);
    const closed = response.json() as Report;
    expectSince(closed.updatedAt, since);
    expect(closed).toEqual({
      ...report,
      status: "closed",
      closureReason: "duplicate",
      closedAt: closed.updatedAt,
      slaDueAt: null,
      updatedAt: closed.updatedAt,
      version: report.version + 1,
    });
    const after = await timeline(t, desk, report.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      {
        id: expect.any(Number),
        reportId: report.id,
        at: closed.updatedAt,
        actorId: await userId(t, "desk"),
        actorName: "Desk Officer (demo)",
        kind: "transition",
        summary: "Close: In triage → Closed",
        reason: "Same vessel as PS-2026-000010",
      },
    ]);
  });

  it("reopens a closed report, clearing the closure and restarting the clock", async () => {
    const report = await reportWhere(
      t,
      desk,
      sql`status = 'closed' and risk = 'high' and assignee_id is not null`,
    );
    const before = await timeline(t, desk, report.id);
    const response = await transition(report, {
      to: "triage",
      reason: "New information from Crimestoppers",
    });
    expect(response.statusCode).toBe(200);
    const reopened = response.json() as Report;
    expect(reopened).toMatchObject({
      status: "triage",
      closureReason: null,
      closedAt: null,
      assigneeId: report.assigneeId,
    });
    // High risk: 24 hours from the first assessment (the default policy).
    expect(reopened.slaDueAt).toBe(
      new Date(
        Date.parse(report.firstAssessedAt ?? "") + 86_400_000,
      ).toISOString(),
    );
    expect(
      (await timeline(t, desk, report.id))
        .slice(before.length)
        .map((e) => e.summary),
    ).toEqual(["Reopen: Closed → In triage"]);
  });

  it("makes an unassigned report the officer's own when triage starts", async () => {
    const desk4 = await t.login("desk4");
    const report = await reportWhere(
      t,
      desk,
      sql`status = 'new' and assignee_id is null`,
    );
    const before = await timeline(t, desk, report.id);
    const response = await transition(
      report,
      { to: "triage" },
      report.version,
      desk4,
    );
    expect(response.statusCode).toBe(200);
    expect((response.json() as Report).assigneeId).toBe(
      await userId(t, "desk4"),
    );
    expect((await timeline(t, desk, report.id))[before.length]).toMatchObject({
      summary: "Start triage: New → In triage",
      reason: null,
    });
  });

  it("needs If-Match (428), refuses a malformed one (400) and a stale one (409 with the report)", async () => {
    const report = await reportWhere(t, desk, sql`status = 'new'`);
    const url = `/api/reports/${report.id}/transitions`;
    const missing = expectProblem(
      await call(t, desk, "POST", url, { to: "triage" }),
      428,
    );
    expect(missing.type).toBe("urn:portsafe:problem:precondition_required");
    const malformed = expectProblem(
      await call(t, desk, "POST", url, { to: "triage" }, { "if-match": "1" }),
      400,
    );
    expect(malformed.errors).toEqual([
      { field: "If-Match", message: 'use the form "3"' },
    ]);
    const stale = expectProblem(
      await transition(report, { to: "triage" }, report.version + 1),
      409,
    );
    expect(stale.detail).toBe(
      `Someone else changed report ${report.reference} after you opened it (you had version ${report.version + 1}, it is now ${report.version}). Review their change, then apply yours again.`,
    );
    expect(stale.current).toEqual(report);
  });

  it("is refused to an analyst, and 404s an unknown report", async () => {
    const report = await reportWhere(t, desk, sql`status = 'new'`);
    const analyst = await t.login("analyst");
    expectProblem(
      await transition(report, { to: "triage" }, report.version, analyst),
      403,
    );
    const unknown = expectProblem(
      await transition(
        { id: "00000000-0000-4000-8000-000000000000", version: 1 },
        { to: "triage" },
      ),
      404,
    );
    expect(unknown.detail).toBe(
      "There is no report with id 00000000-0000-4000-8000-000000000000; it may have been mistyped.",
    );
  });
});
