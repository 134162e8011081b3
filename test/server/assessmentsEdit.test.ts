// Editing PSeMS assessments with If-Match, tracking action items, and starting the next
// assessment from the previous one as a baseline.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMonthsToIsoDate,
  londonDate,
  type Assessment,
} from "../../src/domain";
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

const today = londonDate(new Date());

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

describe("editing an assessment never loses an update", () => {
  it("answers 428 without If-Match and 409 with the current record for a stale version", async () => {
    const assessment = await createCompletedGapAnalysis();
    expect(
      (
        await send("manager", "PATCH", `/api/assessments/${assessment.id}`, {
          step: 2,
        })
      ).statusCode,
    ).toBe(428);
    const first = await send(
      "admin",
      "PATCH",
      `/api/assessments/${assessment.id}`,
      { step: 2 },
      { "if-match": '"1"' },
    );
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ step: 2, version: 2 });
    const stale = await send(
      "manager",
      "PATCH",
      `/api/assessments/${assessment.id}`,
      { accountableManager: "Someone Else" },
      { "if-match": '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({
      id: assessment.id,
      step: 2,
      version: 2,
    });
  });

  it("replaces the action items, keeping the ids of those it names, and audits the change", async () => {
    const assessment = await createCompletedGapAnalysis();
    const [done, open] = assessment.actionItems;
    const response = await send(
      "manager",
      "PATCH",
      `/api/assessments/${assessment.id}`,
      {
        actionItems: [
          { ...open!, status: "in_progress" },
          {
            description: "Test the gate access logs monthly",
            owner: "Security Team Leader",
            dueOn: "2026-06-30",
          },
        ],
      },
      { "if-match": '"1"' },
    );
    expect(response.statusCode).toBe(200);
    const items = (response.json() as Assessment).actionItems;
    expect(items.map((i) => [i.description, i.status])).toEqual([
      ["Run an insider-threat awareness session", "in_progress"],
      ["Test the gate access logs monthly", "open"],
    ]);
    expect(items[0]!.id).toBe(open!.id);
    expect(items.map((i) => i.id)).not.toContain(done!.id);
    const [audit] = await rows<{ detail: { fields: string[] } }>(
      t.db,
      sql`select detail from audit_events where action = 'assessment.update' and entity_id = ${assessment.id}`,
    );
    expect(audit!.detail.fields).toEqual(["actionItems"]);

    const bogus = await send(
      "manager",
      "PATCH",
      `/api/assessments/${assessment.id}`,
      {
        actionItems: [{ ...open!, id: "00000000-0000-4000-8000-000000000000" }],
      },
      { "if-match": '"2"' },
    );
    expect(bogus.json().errors).toEqual([
      {
        field: "actionItems.0.id",
        message: expect.stringContaining("no action item on this assessment"),
      },
    ]);
  });

  it("moves the due date to the routine review when an assessment is completed", async () => {
    const created = (
      await send("manager", "POST", "/api/assessments", {
        memberId,
        kind: "self_gap_analysis",
        step: 1,
        status: "in_progress",
        startedOn: "2026-01-05",
        dueOn: "2026-12-31",
      })
    ).json() as Assessment;
    const completedOn = "2026-02-20";
    const response = await send(
      "manager",
      "PATCH",
      `/api/assessments/${created.id}`,
      { status: "completed", completedOn },
      { "if-match": '"1"' },
    );
    expect(response.json()).toMatchObject({
      status: "completed",
      dueOn: addMonthsToIsoDate(completedOn, 60),
    });
    const reviewer = await send(
      "manager",
      "PATCH",
      `/api/assessments/${created.id}`,
      { kind: "independent_review" },
      { "if-match": '"2"' },
    );
    expect(
      reviewer.json().errors.map((e: { field: string }) => e.field),
    ).toEqual(["reviewerName", "conflictOfInterestDeclared"]);
  });
});

describe("starting the next assessment from the previous one", () => {
  it("copies the scores, the unfinished action items and the accountable manager into a new planned GAP analysis", async () => {
    const previous = await createCompletedGapAnalysis();
    const response = await send(
      "manager",
      "POST",
      `/api/assessments/${previous.id}/baseline`,
      {},
    );
    expect(response.statusCode).toBe(201);
    const next = response.json() as Assessment;
    expect(next).toMatchObject({
      memberId,
      kind: "self_gap_analysis",
      step: 1,
      status: "planned",
      startedOn: null,
      completedOn: null,
      reviewerName: null,
      conflictOfInterestDeclared: false,
      accountableManager: previous.accountableManager,
      scores: previous.scores,
      baselineId: previous.id,
      version: 1,
    });
    expect(next.actionItems.map((i) => i.description)).toEqual([
      "Run an insider-threat awareness session",
    ]);
    expect(next.actionItems[0]!.id).not.toBe(previous.actionItems[1]!.id);
    expect(next.dueOn >= today).toBe(true);
  });

  it("needs a declared reviewer when the new one is an independent review, and an existing baseline", async () => {
    const previous = await createCompletedGapAnalysis();
    const refused = await send(
      "manager",
      "POST",
      `/api/assessments/${previous.id}/baseline`,
      { kind: "independent_review", step: 3 },
    );
    expect(refused.statusCode).toBe(400);
    const accepted = await send(
      "admin",
      "POST",
      `/api/assessments/${previous.id}/baseline`,
      {
        kind: "independent_review",
        step: 3,
        reviewerName: "Dana Fox",
        conflictOfInterestDeclared: true,
        dueOn: "2027-01-31",
      },
    );
    expect(accepted.json()).toMatchObject({
      kind: "independent_review",
      reviewerName: "Dana Fox",
      dueOn: "2027-01-31",
    });
    expect(
      (
        await send(
          "manager",
          "POST",
          "/api/assessments/00000000-0000-4000-8000-000000000000/baseline",
          {},
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await send(
          "desk",
          "POST",
          `/api/assessments/${previous.id}/baseline`,
          {},
        )
      ).statusCode,
    ).toBe(403);
  });
});
