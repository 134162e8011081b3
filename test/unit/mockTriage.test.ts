// A desk officer works a report through the mock API: each move is checked by the state machine
// and worded as the server words it, needs If-Match, and lands on the report's timeline.
import { describe, expect, it } from "vitest";
import type { Report, ReportEvent } from "../../src/domain";
import { useFrozenClock } from "./support/frozenClock";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";

useMockServer();
useFrozenClock();

function reportWhere(keep: (r: Report) => boolean): Report {
  const report = mockDb.reports.find(keep);
  if (!report) throw new Error("the demo data has no such report");
  return report;
}

function userId(username: string): string {
  const user = mockDb.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.id;
}

function transition(report: Report, body: object, version = report.version) {
  return api(
    `/reports/${report.id}/transitions`,
    jsonInit("POST", body, { "If-Match": `"${version}"` }),
  );
}

async function timeline(id: string): Promise<ReportEvent[]> {
  const response = await api(`/reports/${id}/events`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: ReportEvent[] }).data;
}

describe("moving a report through the workflow in the mock API", () => {
  it("refuses a move the workflow does not have with 409, the allowed moves and the reference", async () => {
    mockDb.signInAs("desk");
    const report = reportWhere((r) => r.status === "new");
    const problem = await expectProblem(
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
    mockDb.signInAs("desk");
    const triage = reportWhere((r) => r.status === "triage" && r.risk === null);
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
      const problem = await expectProblem(await transition(triage, body), 400);
      expect(problem.detail).toBe(message);
      expect(problem.errors).toEqual([{ field, message }]);
    }
    expect(mockDb.reportById(triage.id)).toEqual(triage);
    expect(await timeline(triage.id)).toEqual([]);
  });

  it("closes with a reason, stops the clock, and records why", async () => {
    mockDb.signInAs("desk");
    const report = reportWhere((r) => r.status === "triage");
    const response = await transition(report, {
      to: "closed",
      reason: "  Same vessel as PS-2026-000010 ",
      closureReason: "duplicate",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(`"${report.version + 1}"`);
    const now = mockDb.now().toISOString();
    expect(await response.json()).toEqual({
      ...report,
      status: "closed",
      closureReason: "duplicate",
      closedAt: now,
      slaDueAt: null,
      updatedAt: now,
      version: report.version + 1,
    });
    expect(await timeline(report.id)).toEqual([
      {
        id: 1,
        reportId: report.id,
        at: now,
        actorId: userId("desk"),
        actorName: "Desk Officer (demo)",
        kind: "transition",
        summary: "Close: In triage → Closed",
        reason: "Same vessel as PS-2026-000010",
      },
    ]);
  });

  it("reopens a closed report, clearing the closure and restarting the clock", async () => {
    mockDb.signInAs("desk");
    const report = reportWhere(
      (r) =>
        r.status === "closed" && r.risk === "high" && r.assigneeId !== null,
    );
    const response = await transition(report, {
      to: "triage",
      reason: "New information from Crimestoppers",
    });
    const reopened = (await response.json()) as Report;
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
    expect((await timeline(report.id)).map((e) => e.summary)).toEqual([
      "Reopen: Closed → In triage",
    ]);
  });

  it("makes an unassigned report the officer's own when triage starts", async () => {
    mockDb.signInAs("desk4");
    const report = reportWhere(
      (r) => r.status === "new" && r.assigneeId === null,
    );
    const started = (await (
      await transition(report, { to: "triage" })
    ).json()) as Report;
    expect(started.assigneeId).toBe(userId("desk4"));
    expect((await timeline(report.id))[0]).toMatchObject({
      summary: "Start triage: New → In triage",
      reason: null,
    });
  });

  it("needs If-Match (428), refuses a malformed one (400) and a stale one (409 with the report)", async () => {
    mockDb.signInAs("desk");
    const report = reportWhere((r) => r.status === "new");
    const url = `/reports/${report.id}/transitions`;
    const missing = await expectProblem(
      await api(url, jsonInit("POST", { to: "triage" })),
      428,
    );
    expect(missing.type).toBe("urn:portsafe:problem:precondition_required");
    const malformed = await expectProblem(
      await api(url, jsonInit("POST", { to: "triage" }, { "If-Match": "1" })),
      400,
    );
    expect(malformed.errors).toEqual([
      { field: "If-Match", message: 'use the form "3"' },
    ]);
    const stale = await expectProblem(
      await transition(report, { to: "triage" }, report.version + 1),
      409,
    );
    expect(stale.detail).toBe(
      `Someone else changed report ${report.reference} after you opened it (you had version ${report.version + 1}, it is now ${report.version}). Review their change, then apply yours again.`,
    );
    expect(stale.current).toEqual(report);
  });

  it("is refused to an analyst, and 404s an unknown report", async () => {
    const report = reportWhere((r) => r.status === "new");
    mockDb.signInAs("analyst");
    await expectProblem(await transition(report, { to: "triage" }), 403);
    mockDb.signInAs("desk");
    const unknown = await expectProblem(
      await transition(
        { ...report, id: "00000000-0000-4000-8000-000000000000" },
        { to: "triage" },
      ),
      404,
    );
    expect(unknown.detail).toBe(
      "There is no report with id 00000000-0000-4000-8000-000000000000; it may have been mistyped.",
    );
  });
});
