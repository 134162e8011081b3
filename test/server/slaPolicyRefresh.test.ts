// The SLA policy is cached per instance (server/settings/slaPolicyCache.ts): a change must reach
// the very next save, on this instance and, through NOTIFY, on every other one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { slaDueAt, type Report, type SlaPolicy } from "../../src/domain";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const policyAssessingWithin = (minutes: number): SlaPolicy => ({
  assessWithinMinutes: minutes,
  actionWithinMinutes: { immediate: 60, high: 1440, medium: 4320, low: 20160 },
});

async function changePolicy(policy: SlaPolicy) {
  const response = await t.app.inject({
    method: "PUT",
    url: "/api/settings/sla",
    headers: { cookie: await t.login("admin") },
    payload: policy,
  });
  expect(response.statusCode).toBe(200);
}

/** The desk claims the next new report: a save that restarts its assessment clock. */
async function claimNext(
  app: FastifyInstance,
  cookie: string,
): Promise<Report> {
  const response = await app.inject({
    method: "POST",
    url: "/api/reports/claim",
    headers: { cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json();
}

function isTimedBy(report: Report, policy: SlaPolicy): boolean {
  return report.slaDueAt === slaDueAt(report, policy)?.toISOString();
}

/**
 * Sets one policy and lets `app` save under it (so it holds a copy), then changes the policy
 * again; answers the new one.
 */
async function cacheAPolicyThenChangeIt(
  app: FastifyInstance,
  desk: string,
  minutes: { before: number; after: number },
): Promise<SlaPolicy> {
  const before = policyAssessingWithin(minutes.before);
  await changePolicy(before);
  expect(isTimedBy(await claimNext(app, desk), before)).toBe(true);
  const after = policyAssessingWithin(minutes.after);
  await changePolicy(after);
  return after;
}

describe("the SLA policy a save uses", () => {
  it("is the new one as soon as an admin changes it", async () => {
    const desk = await t.login("desk");
    const after = await cacheAPolicyThenChangeIt(t.app, desk, {
      before: 41,
      after: 17,
    });
    expect(isTimedBy(await claimNext(t.app, desk), after)).toBe(true);
  });

  it("is the new one on another instance of the API too (PostgreSQL)", async (context) => {
    const other = await t.anotherInstance();
    if (!other) return context.skip();
    try {
      const desk = await t.login("desk");
      const after = await cacheAPolicyThenChangeIt(other.app, desk, {
        before: 53,
        after: 29,
      });
      // The change reaches the other instance as a notification, a moment after it commits.
      const deadline = Date.now() + 5_000;
      let timedByNewPolicy = false;
      while (!timedByNewPolicy && Date.now() < deadline) {
        timedByNewPolicy = isTimedBy(await claimNext(other.app, desk), after);
        if (!timedByNewPolicy) await new Promise((r) => setTimeout(r, 100));
      }
      expect(timedByNewPolicy).toBe(true);
    } finally {
      await other.close();
    }
  });
});
