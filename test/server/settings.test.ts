import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSlaPolicy, slaDueAt, type SlaPolicy } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the SLA policy", () => {
  it("starts with the defaults, readable by the desk", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/settings/sla",
      headers: { cookie: await t.login("desk") },
    });
    expect(response.json()).toEqual(defaultSlaPolicy);
  });

  it("may be changed by an admin only, and every running clock restarts exactly as the domain rule says", async () => {
    const policy: SlaPolicy = {
      assessWithinMinutes: 30,
      actionWithinMinutes: {
        immediate: 30,
        high: 600,
        medium: 2880,
        low: 20160,
      },
    };
    const refused = await t.app.inject({
      method: "PUT",
      url: "/api/settings/sla",
      headers: { cookie: await t.login("desk") },
      payload: policy,
    });
    expect(refused.statusCode).toBe(403);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/settings/sla",
      headers: { cookie: await t.login("admin") },
      payload: policy,
    });
    expect(response.statusCode).toBe(200);

    const open = await rows<{
      status: "new" | "triage";
      risk: null | "low";
      received_at: Date;
      first_assessed_at: Date | null;
      sla_due_at: Date | null;
    }>(
      t.db,
      sql`select status, risk, received_at, first_assessed_at, sla_due_at from reports where status in ('new', 'triage')`,
    );
    expect(open.length).toBeGreaterThan(10);
    for (const row of open) {
      const expected = slaDueAt(
        {
          status: row.status,
          risk: row.risk,
          receivedAt: new Date(row.received_at),
          firstAssessedAt:
            row.first_assessed_at && new Date(row.first_assessed_at),
        },
        policy,
      );
      expect(new Date(row.sla_due_at!).toISOString()).toBe(
        expected!.toISOString(),
      );
    }
  });

  it("refuses a policy with a missing risk level", async () => {
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/settings/sla",
      headers: { cookie: await t.login("admin") },
      payload: {
        assessWithinMinutes: 60,
        actionWithinMinutes: { immediate: 60 },
      },
    });
    expect(response.statusCode).toBe(400);
  });
});
