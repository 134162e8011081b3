// PSeMS assessments: a manager records a member's assessment and scores its elements; an
// independent review needs a declared reviewer (editing and baselines: assessmentsEdit.test.ts).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
const cookies: Record<string, string> = {};
let memberId: string;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ["desk", "analyst", "manager", "admin"])
    cookies[role] = await t.login(role);
  const [member] = await rows<{ id: string }>(
    t.db,
    sql`select id from members where status = 'active' order by name limit 1`,
  );
  memberId = member!.id;
});
afterAll(() => t.close());

function send(
  as: string,
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: cookies[as]!, ...headers },
    ...(payload ? { payload } : {}),
  });
}

async function createCompletedGapAnalysis(): Promise<Assessment> {
  const response = await send("manager", "POST", "/api/assessments", {
    memberId,
    kind: "self_gap_analysis",
    step: 1,
    status: "completed",
    startedOn: "2025-01-10",
    completedOn: "2025-03-01",
    accountableManager: "Chris Evans, Chief Operating Officer",
    scores: { governance: 2, legal: 3, audit: 1 },
    actionItems: [
      {
        description: "Appoint a deputy PFSO",
        owner: "Head of Security",
        dueOn: "2025-09-01",
        status: "done",
      },
      {
        description: "Run an insider-threat awareness session",
        owner: "PFSO",
        dueOn: "2026-12-01",
      },
    ],
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe("recording an assessment", () => {
  it("lets a manager record a completed GAP analysis; its review falls due five years on", async () => {
    const assessment = await createCompletedGapAnalysis();
    expect(assessment).toMatchObject({
      memberId,
      status: "completed",
      dueOn: "2030-03-01",
      version: 1,
      baselineId: null,
    });
    expect(assessment.actionItems).toHaveLength(2);
    expect(assessment.actionItems[1]).toMatchObject({
      status: "open",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(
      (await send("desk", "GET", `/api/assessments/${assessment.id}`)).json(),
    ).toEqual(assessment);
    const audit = await rows(
      t.db,
      sql`select 1 from audit_events where action = 'assessment.create' and entity_id = ${assessment.id}`,
    );
    expect(audit).toHaveLength(1);
  });

  it("refuses an independent review without a named reviewer who declared any conflict of interest", async () => {
    const response = await send("manager", "POST", "/api/assessments", {
      memberId,
      kind: "independent_review",
      step: 3,
    });
    expect(response.statusCode).toBe(400);
    expect(
      response.json().errors.map((e: { field: string }) => e.field),
    ).toEqual(["reviewerName", "conflictOfInterestDeclared"]);
    const undeclared = await send("manager", "POST", "/api/assessments", {
      memberId,
      kind: "on_site_evaluation",
      step: 4,
      reviewerName: "Pat Quinn",
    });
    expect(undeclared.json().errors).toEqual([
      {
        field: "conflictOfInterestDeclared",
        message: expect.stringContaining("declare any conflict of interest"),
      },
    ]);
    const declared = await send("manager", "POST", "/api/assessments", {
      memberId,
      kind: "independent_review",
      step: 3,
      reviewerName: "Pat Quinn",
      conflictOfInterestDeclared: true,
    });
    expect(declared.statusCode).toBe(201);
    expect(declared.json()).toMatchObject({
      status: "planned",
      startedOn: null,
      completedOn: null,
    });
  });

  it("only accepts scores 0–4 for elements of the framework", async () => {
    const unknown = await send("manager", "POST", "/api/assessments", {
      memberId,
      kind: "self_gap_analysis",
      step: 1,
      scores: { governance: 3, cyber: 2 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      {
        field: "scores.cyber",
        message: expect.stringContaining("cyber is not a PSeMS element"),
      },
    ]);
    const tooHigh = await send("manager", "POST", "/api/assessments", {
      memberId,
      kind: "self_gap_analysis",
      step: 1,
      scores: { governance: 5 },
    });
    expect(tooHigh.json().errors).toEqual([
      { field: "scores.governance", message: "a score is 0 to 4" },
    ]);
  });

  it("checks dates against the status and each other", async () => {
    const response = await send("manager", "POST", "/api/assessments", {
      memberId,
      kind: "self_gap_analysis",
      step: 1,
      status: "completed",
      startedOn: "2025-05-01",
      completedOn: "2025-04-01",
    });
    expect(response.json().errors).toEqual([
      {
        field: "completedOn",
        message: "completedOn cannot be before startedOn",
      },
    ]);
    const planned = await send("manager", "POST", "/api/assessments", {
      memberId,
      kind: "self_gap_analysis",
      step: 1,
      completedOn: "2025-04-01",
    });
    expect(planned.json().errors).toEqual([
      {
        field: "completedOn",
        message: expect.stringContaining("only a completed assessment"),
      },
    ]);
    const missingMember = await send("manager", "POST", "/api/assessments", {
      memberId: "00000000-0000-4000-8000-000000000000",
      kind: "self_gap_analysis",
      step: 1,
    });
    expect(missingMember.json().errors).toEqual([
      {
        field: "memberId",
        message: expect.stringContaining("there is no member"),
      },
    ]);
  });

  it("is refused to the desk and analysts", async () => {
    for (const role of ["desk", "analyst"]) {
      expect(
        (
          await send(role, "POST", "/api/assessments", {
            memberId,
            kind: "self_gap_analysis",
            step: 1,
          })
        ).statusCode,
        role,
      ).toBe(403);
    }
  });
});

describe("the assessment list", () => {
  it("filters by member, kind, status and step as the database counts them", async () => {
    const body = (
      await send(
        "analyst",
        "GET",
        `/api/assessments?memberId=${memberId}&perPage=100`,
      )
    ).json();
    const [counted] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from assessments where member_id = ${memberId}`,
    );
    expect(body.total).toBe(counted!.n);
    const steps = (
      await send("desk", "GET", "/api/assessments?step=3&status=completed")
    ).json();
    const [stepCount] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from assessments where step = 3 and status = 'completed'`,
    );
    expect(steps.total).toBe(stepCount!.n);
    expect(steps.total).toBeGreaterThan(0);
  });
});
