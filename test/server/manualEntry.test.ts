// A desk officer types up a hotline call: the report gets the next reference of its year, starts
// in the queue with its clock running, and a Crimestoppers reference is never taken twice.
// (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report, ReportEvent } from "../../src/domain";
import { call, expectProblem, expectSince } from "./apiCalls";
import { count, rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

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

const enter = (body: object, cookie = desk) =>
  call(t, cookie, "POST", "/api/reports", body);

/** The highest PS-<year>-n among the stored reports, read straight from the references. */
async function lastSequence(year: number): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.db,
    sql`select coalesce(max(substring(reference from 9)::int), 0)::int as n from reports where reference like ${`PS-${year}-%`}`,
  );
  return row!.n;
}

describe("entering a report by hand", () => {
  it("creates it with the next reference, OFFICIAL-SENSITIVE for insider threat, and the assessment clock", async () => {
    const last = await lastSequence(2026);
    expect(last).toBeGreaterThan(0);
    const since = Date.now();

    const response = await enter(hotlineCall);
    expect(response.statusCode, response.body).toBe(201);
    const report = response.json() as Report;
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/reports/${report.id}`);
    expectSince(report.createdAt, since);
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
      createdAt: report.createdAt,
      updatedAt: report.createdAt,
      version: 1,
    });
    expect(
      (await call(t, desk, "GET", `/api/reports/${report.id}`)).json(),
    ).toEqual(report);
    const events = (
      await call(t, desk, "GET", `/api/reports/${report.id}/events`)
    ).json() as { data: ReportEvent[] };
    expect(events.data.map((e) => [e.kind, e.summary])).toEqual([
      ["received", "Entered by Desk Officer (demo) (Crimestoppers hotline)"],
    ]);

    const next = await enter({
      ...hotlineCall,
      externalRef: "CS-2026-9990002",
      category: "theft_cargo_crime",
      insiderType: undefined,
      portId: "felixstowe",
    });
    expect(next.statusCode, next.body).toBe(201);
    expect((next.json() as Report).reference).toBe(
      `PS-2026-${String(last + 2).padStart(6, "0")}`,
    );
    expect((next.json() as Report).handling).toBe("OFFICIAL");
  });

  it("starts a year's numbering at 1 when there is no report of that year", async () => {
    expect(await lastSequence(2019)).toBe(0);
    const response = await enter({
      ...hotlineCall,
      externalRef: "CS-2019-0000001",
      receivedAt: "2019-06-01T12:00:00Z",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect((response.json() as Report).reference).toBe("PS-2019-000001");
  });

  it("refuses a Crimestoppers reference already received, naming the report", async () => {
    const [existing] = await rows<{ externalRef: string; reference: string }>(
      t.db,
      sql`select external_ref as "externalRef", reference from reports where external_ref is not null order by reference limit 1`,
    );
    const problem = expectProblem(
      await enter({ ...hotlineCall, externalRef: existing!.externalRef }),
      409,
    );
    const message = `Crimestoppers reference ${existing!.externalRef} was already received as ${existing!.reference}`;
    expect(problem.detail).toBe(message);
    expect(problem.errors).toEqual([{ field: "externalRef", message }]);
  });

  it("names the field for an unknown port and an insider type outside insider threat", async () => {
    const before = await count(t.db);
    const port = expectProblem(
      await enter({
        ...hotlineCall,
        externalRef: "CS-X-1",
        portId: "atlantis",
      }),
      400,
    );
    expect(port.errors).toEqual([
      {
        field: "portId",
        message:
          'unknown port "atlantis"; use a port id such as "dover" or a UN/LOCODE such as "GBDVR"',
      },
    ]);
    const insider = expectProblem(
      await enter({ ...hotlineCall, externalRef: "CS-X-2", category: "drugs" }),
      400,
    );
    expect(insider.detail).toBe(
      "insiderType: an insider type can only be set when the category is insider threat",
    );
    const unknown = expectProblem(
      await enter({
        ...hotlineCall,
        externalRef: "CS-X-3",
        caller: "anonymous",
      }),
      400,
    );
    expect(unknown.errors?.map((e) => e.field)).toEqual(["caller"]);
    expect(await count(t.db)).toBe(before);
  });
});
