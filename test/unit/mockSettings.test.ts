// An admin changes the SLA policy through the mock API: every running clock restarts under it,
// reports entered afterwards follow it, and nobody else may change it.
import { describe, expect, it } from "vitest";
import {
  defaultSlaPolicy,
  type Report,
  type SlaPolicy,
} from "../../src/domain";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";

useMockServer();

const minuteMs = 60_000;
const quickerPolicy: SlaPolicy = {
  assessWithinMinutes: 15,
  actionWithinMinutes: { immediate: 30, high: 720, medium: 2880, low: 10080 },
};

describe("the SLA policy in the mock API", () => {
  it("shows every signed-in user the default policy", async () => {
    mockDb.signInAs("manager");
    const response = await api("/settings/sla");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(defaultSlaPolicy);
  });

  it("restarts the running clocks under a new policy, leaving versions and stopped clocks alone", async () => {
    mockDb.signInAs("admin");
    const before = new Map(mockDb.reports.map((r) => [r.id, r]));
    const response = await api("/settings/sla", jsonInit("PUT", quickerPolicy));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(quickerPolicy);

    const due = (r: Report) => {
      if (r.status !== "new" && r.status !== "triage") return null;
      const from =
        r.risk === null || r.firstAssessedAt === null
          ? Date.parse(r.receivedAt) + 15 * minuteMs
          : Date.parse(r.firstAssessedAt) +
            quickerPolicy.actionWithinMinutes[r.risk] * minuteMs;
      return new Date(from).toISOString();
    };
    for (const report of mockDb.reports) {
      const old = before.get(report.id) as Report;
      expect(report).toEqual({ ...old, slaDueAt: due(old) });
    }
    expect(await (await api("/settings/sla")).json()).toEqual(quickerPolicy);
  });

  it("gives a report entered afterwards the new assessment clock", async () => {
    mockDb.signInAs("admin");
    await api("/settings/sla", jsonInit("PUT", quickerPolicy));
    mockDb.signInAs("desk");
    const created = (await (
      await api(
        "/reports",
        jsonInit("POST", {
          externalRef: "CS-2026-7770001",
          receivedAt: "2026-11-21T08:00:00Z",
          channel: "direct",
          portId: "dover",
          category: "drugs",
          summary: "Package left by the fence",
          details: "A package was seen left by the perimeter fence.",
        }),
      )
    ).json()) as Report;
    expect(created.slaDueAt).toBe("2026-11-21T08:15:00.000Z");
  });

  it("lets only an admin change it, and rejects an unknown field", async () => {
    mockDb.signInAs("desk");
    await expectProblem(
      await api("/settings/sla", jsonInit("PUT", quickerPolicy)),
      403,
    );
    mockDb.signInAs("admin");
    const bad = await expectProblem(
      await api(
        "/settings/sla",
        jsonInit("PUT", { ...quickerPolicy, extra: 1 }),
      ),
      400,
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(["extra"]);
    expect(mockDb.slaPolicy).toEqual(defaultSlaPolicy);
  });
});
