// A desk officer types up a hotline call through the mock API: the report gets the next
// reference after the demo data's, starts in the queue with its clock running, and a
// Crimestoppers reference is never taken twice.
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

const hotlineCall = {
  externalRef: "CS-2026-9990001",
  receivedAt: "2026-11-21T08:30:00+01:00",
  channel: "hotline",
  portId: "gbdvr",
  category: "insider_threat",
  insiderType: "exploited",
  summary: "Dock worker asked to leave a gate unlocked",
  details:
    "Caller says a dock worker was offered money to leave gate 4 unlocked on Friday night.",
} as const;

function enter(body: object): Promise<Response> {
  return api("/reports", jsonInit("POST", body));
}

/** The highest PS-<year>-n in the demo data, read straight from the references. */
function lastSequence(year: number): number {
  const prefix = `PS-${year}-`;
  return Math.max(
    0,
    ...mockDb.reports
      .filter((r) => r.reference.startsWith(prefix))
      .map((r) => Number(r.reference.slice(prefix.length))),
  );
}

describe("entering a report by hand in the mock API", () => {
  it("creates it with the next reference, OFFICIAL-SENSITIVE for insider threat, and the assessment clock", async () => {
    mockDb.signInAs("desk");
    const last = lastSequence(2026);
    expect(last).toBeGreaterThan(0);
    const now = mockDb.now().toISOString();

    const response = await enter(hotlineCall);
    expect(response.status).toBe(201);
    const report = (await response.json()) as Report;
    expect(response.headers.get("ETag")).toBe('"1"');
    expect(response.headers.get("Location")).toBe(`/api/reports/${report.id}`);
    expect(report).toEqual({
      id: expect.any(String),
      reference: `PS-2026-${String(last + 1).padStart(6, "0")}`,
      externalRef: "CS-2026-9990001",
      receivedAt: "2026-11-21T07:30:00.000Z",
      channel: "hotline",
      portId: "dover",
      location: null,
      category: "insider_threat",
      insiderType: "exploited",
      summary: hotlineCall.summary,
      details: hotlineCall.details,
      status: "new",
      risk: null,
      riskRationale: null,
      thrive: null,
      slaDueAt: "2026-11-21T08:30:00.000Z",
      assigneeId: null,
      handling: "OFFICIAL-SENSITIVE",
      closureReason: null,
      firstAssessedAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    expect(await (await api(`/reports/${report.id}`)).json()).toEqual(report);
    const events = (await (
      await api(`/reports/${report.id}/events`)
    ).json()) as { data: ReportEvent[] };
    expect(events.data.map((e) => [e.kind, e.summary])).toEqual([
      ["received", "Entered by Desk Officer (demo) (Crimestoppers hotline)"],
    ]);

    const next = (await (
      await enter({
        ...hotlineCall,
        externalRef: "CS-2026-9990002",
        category: "theft_cargo_crime",
        insiderType: undefined,
        portId: "felixstowe",
      })
    ).json()) as Report;
    expect(next.reference).toBe(`PS-2026-${String(last + 2).padStart(6, "0")}`);
    expect(next.handling).toBe("OFFICIAL");
  });

  it("starts a year's numbering at 1 when the demo data has none for that year", async () => {
    mockDb.signInAs("desk");
    expect(lastSequence(2019)).toBe(0);
    const report = (await (
      await enter({ ...hotlineCall, receivedAt: "2019-06-01T12:00:00Z" })
    ).json()) as Report;
    expect(report.reference).toBe("PS-2019-000001");
  });

  it("refuses a Crimestoppers reference already received, naming the report", async () => {
    mockDb.signInAs("desk");
    const existing = mockDb.reports[0] as Report;
    const problem = await expectProblem(
      await enter({ ...hotlineCall, externalRef: existing.externalRef }),
      409,
    );
    const message = `Crimestoppers reference ${existing.externalRef} was already received as ${existing.reference}`;
    expect(problem.detail).toBe(message);
    expect(problem.errors).toEqual([{ field: "externalRef", message }]);
  });

  it("names the field for an unknown port and an insider type outside insider threat", async () => {
    mockDb.signInAs("desk");
    const count = mockDb.reports.length;
    const port = await expectProblem(
      await enter({ ...hotlineCall, portId: "atlantis" }),
      400,
    );
    expect(port.errors).toEqual([
      {
        field: "portId",
        message:
          'unknown port "atlantis"; use a port id such as "dover" or a UN/LOCODE such as "GBDVR"',
      },
    ]);
    const insider = await expectProblem(
      await enter({ ...hotlineCall, category: "drugs" }),
      400,
    );
    expect(insider.detail).toBe(
      "insiderType: an insider type can only be set when the category is insider threat",
    );
    const unknown = await expectProblem(
      await enter({ ...hotlineCall, caller: "anonymous" }),
      400,
    );
    expect(unknown.errors?.map((e) => e.field)).toEqual(["caller"]);
    expect(mockDb.reports).toHaveLength(count);
  });

  it("is for the desk only", async () => {
    mockDb.signInAs("analyst");
    await expectProblem(await enter(hotlineCall), 403);
  });
});
