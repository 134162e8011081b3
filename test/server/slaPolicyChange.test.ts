// An admin changes the SLA policy: every running clock restarts under it (and nothing else about
// a report changes), reports entered afterwards follow it, and nobody else may change it.
// (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  defaultSlaPolicy,
  type Report,
  type SlaPolicy,
} from "../../src/domain";
import { call, expectProblem } from "./apiCalls";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const minuteMs = 60_000;
const quickerPolicy: SlaPolicy = {
  assessWithinMinutes: 15,
  actionWithinMinutes: { immediate: 30, high: 720, medium: 2880, low: 10080 },
};

interface Row {
  id: string;
  status: string;
  risk: keyof SlaPolicy["actionWithinMinutes"] | null;
  receivedAt: string;
  firstAssessedAt: string | null;
  slaDueAt: string | null;
  rest: Record<string, unknown>;
}

/** Every report, its clock's inputs and everything else about it as stored. */
function allReports(): Promise<Row[]> {
  return rows<Row>(
    t.db,
    sql`select id, status, risk, received_at as "receivedAt", first_assessed_at as "firstAssessedAt",
               sla_due_at as "slaDueAt", to_jsonb(r) - 'sla_due_at' as rest
        from reports r order by id`,
  );
}

const iso = (value: string | Date | null) =>
  value === null ? null : new Date(value).toISOString();

describe("the SLA policy", () => {
  it("shows every signed-in user the default policy", async () => {
    const response = await call(
      t,
      await t.login("manager"),
      "GET",
      "/api/settings/sla",
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(defaultSlaPolicy);
  });

  it("restarts the running clocks under a new policy, leaving versions and stopped clocks alone", async () => {
    const admin = await t.login("admin");
    const before = await allReports();
    const response = await call(
      t,
      admin,
      "PUT",
      "/api/settings/sla",
      quickerPolicy,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(quickerPolicy);

    const due = (r: Row) => {
      if (r.status !== "new" && r.status !== "triage") return null;
      const from =
        r.risk === null || r.firstAssessedAt === null
          ? Date.parse(iso(r.receivedAt)!) + 15 * minuteMs
          : Date.parse(iso(r.firstAssessedAt)!) +
            quickerPolicy.actionWithinMinutes[r.risk] * minuteMs;
      return new Date(from).toISOString();
    };
    const after = await allReports();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    for (const [i, report] of after.entries()) {
      const old = before[i]!;
      expect(report.rest, report.id).toEqual(old.rest);
      expect(iso(report.slaDueAt), report.id).toBe(due(old));
    }
    expect((await call(t, admin, "GET", "/api/settings/sla")).json()).toEqual(
      quickerPolicy,
    );
  });

  it("gives a report entered afterwards the new assessment clock", async () => {
    const admin = await t.login("admin");
    await call(t, admin, "PUT", "/api/settings/sla", quickerPolicy);
    const desk = await t.login("desk");
    const created = await call(t, desk, "POST", "/api/reports", {
      externalRef: "CS-2026-7770001",
      receivedAt: "2026-11-21T08:00:00Z",
      channel: "direct",
      portId: "dover",
      category: "drugs",
      summary: "Package left by the fence",
      details: "A package was seen left by the perimeter fence.",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as Report).slaDueAt).toBe(
      "2026-11-21T08:15:00.000Z",
    );
  });

  it("lets only an admin change it, and rejects an unknown field", async () => {
    const admin = await t.login("admin");
    // Back to the defaults (an earlier test changed it), to see that a refusal changes nothing.
    await call(t, admin, "PUT", "/api/settings/sla", defaultSlaPolicy);
    expectProblem(
      await call(
        t,
        await t.login("desk"),
        "PUT",
        "/api/settings/sla",
        quickerPolicy,
      ),
      403,
    );
    const bad = expectProblem(
      await call(t, admin, "PUT", "/api/settings/sla", {
        ...quickerPolicy,
        extra: 1,
      }),
      400,
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(["extra"]);
    expect((await call(t, admin, "GET", "/api/settings/sla")).json()).toEqual(
      defaultSlaPolicy,
    );
  });
});
