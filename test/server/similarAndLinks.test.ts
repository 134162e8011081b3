// Spotting the same matter twice: similar reports are suggested by wording (pg_trgm ≥ 0.3) or the
// same port within 7 days, most similar first, with the reasons; two reports can be linked once,
// with both timelines saying so. (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report, SimilarReport } from "../../src/domain";
import { call, expectProblem, reportWhere, timelineLines } from "./apiCalls";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

const ghostId = "00000000-0000-4000-8000-000000000000";

async function similarTo(cookie: string, id: string): Promise<SimilarReport[]> {
  const response = await call(t, cookie, "GET", `/api/reports/${id}/similar`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { data: SimilarReport[] }).data;
}

const link = (fromId: string, toId: string, kind: string) =>
  call(t, desk, "POST", `/api/reports/${fromId}/links`, {
    linkedReportId: toId,
    kind,
  });

async function linkCount(): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from report_links`,
  );
  return row!.n;
}

describe("similar reports", () => {
  it("suggests the other reports of a campaign, most similar first, with the reasons", async () => {
    const analyst = await t.login("analyst");
    const campaign = await reportWhere(
      t,
      analyst,
      sql`summary || ' ' || details like '%Kestrel Freight%'`,
    );
    // The rule written out plainly: wording ≥ 0.3 or the same port within 7 days.
    const expected = await rows<{
      id: string;
      reference: string;
      receivedAt: Date | string;
      portId: string;
      category: string;
      status: string;
      summary: string;
      similarity: number;
      days: number;
    }>(
      t.db,
      sql`select * from (
            select id, reference, received_at as "receivedAt", port_id as "portId", category, status, summary,
                   similarity(summary, ${campaign.summary})::float8 as similarity,
                   abs(extract(epoch from received_at - ${campaign.receivedAt}::timestamptz))::float8 / 86400 as days
            from reports where id <> ${campaign.id}) c
          where c.similarity >= 0.3 or (c."portId" = ${campaign.portId} and c.days <= 7)
          order by c.similarity desc, c.days asc, c.id asc limit 10`,
    );
    expect(expected.length).toBeGreaterThan(0);

    const similar = await similarTo(analyst, campaign.id);
    expect(similar.map((s) => s.id)).toEqual(expected.map((c) => c.id));
    for (const [i, s] of similar.entries()) {
      const c = expected[i]!;
      const reasons = [];
      if (c.portId === campaign.portId && c.days <= 7) {
        const days = Math.round(c.days);
        reasons.push(
          `same port, ${c.days < 1 ? "same day" : days === 1 ? "1 day apart" : `${days} days apart`}`,
        );
      }
      if (c.similarity >= 0.3) {
        reasons.push(`similar wording (${Math.round(c.similarity * 100)}%)`);
      }
      expect(s).toEqual({
        id: c.id,
        reference: c.reference,
        receivedAt: new Date(c.receivedAt).toISOString(),
        portId: c.portId,
        category: c.category,
        status: c.status,
        summary: c.summary,
        similarity: Math.round(c.similarity * 1000) / 1000,
        reasons,
        linkKind: null,
      });
    }
  });

  it("404s an unknown report and keeps suggestions from a manager", async () => {
    const missing = expectProblem(
      await call(t, desk, "GET", `/api/reports/${ghostId}/similar`),
      404,
    );
    expect(missing.type).toBe("urn:portsafe:problem:not_found");
    const [any] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports limit 1`,
    );
    const manager = await t.login("manager");
    expectProblem(
      await call(t, manager, "GET", `/api/reports/${any!.id}/similar`),
      403,
    );
  });
});

/**
 * Two reports in triage, each among the other's suggestions, the second the first's top one:
 * suggestions are the ten most similar, so one report may suggest another that does not suggest
 * it back, and which pairs do depends on the demo data of the day.
 */
async function reportsSuggestingEachOther(): Promise<[Report, Report]> {
  const candidates = await rows<{ id: string }>(
    t.db,
    sql`select id from reports where status = 'triage' order by id limit 40`,
  );
  for (const { id } of candidates) {
    const [top] = await similarTo(desk, id);
    if (!top || !(await similarTo(desk, top.id)).some((s) => s.id === id))
      continue;
    const read = async (reportId: string) =>
      (await call(t, desk, "GET", `/api/reports/${reportId}`)).json() as Report;
    return [await read(id), await read(top.id)];
  }
  throw new Error("no two reports in triage suggest each other");
}

describe("linking reports", () => {
  it("links two reports once, whichever way round, and both timelines say so", async () => {
    const [a, b] = await reportsSuggestingEachOther();
    const beforeA = await timelineLines(t, desk, a.id);
    const beforeB = await timelineLines(t, desk, b.id);

    const linked = await link(a.id, b.id, "corroborating");
    expect(linked.statusCode).toBe(204);
    expect(linked.body).toBe("");
    expect(await timelineLines(t, desk, a.id)).toEqual([
      ...beforeA,
      `linked: Linked to ${b.reference} as corroborating`,
    ]);
    expect(await timelineLines(t, desk, b.id)).toEqual([
      ...beforeB,
      `linked: Linked to ${a.reference} as corroborating`,
    ]);
    expect((await similarTo(desk, a.id))[0]).toMatchObject({
      id: b.id,
      linkKind: "corroborating",
    });
    expect(
      (await similarTo(desk, b.id)).find((s) => s.id === a.id)?.linkKind,
    ).toBe("corroborating");

    const again = expectProblem(await link(b.id, a.id, "duplicate"), 409);
    expect(again.detail).toBe(
      `${b.reference} and ${a.reference} are already linked as corroborating.`,
    );
    // Linking changes neither report.
    for (const report of [a, b])
      expect(
        (
          (
            await call(t, desk, "GET", `/api/reports/${report.id}`)
          ).json() as Report
        ).version,
      ).toBe(report.version);
  });

  it("refuses a link to itself or to no report, and 404s an unknown report", async () => {
    const a = await reportWhere(t, desk, sql`status = 'new'`);
    const before = await linkCount();
    const self = expectProblem(await link(a.id, a.id, "duplicate"), 400);
    expect(self.errors).toEqual([
      {
        field: "linkedReportId",
        message: "a report cannot be linked to itself",
      },
    ]);
    const nowhere = expectProblem(await link(a.id, ghostId, "duplicate"), 400);
    expect(nowhere.errors).toEqual([
      { field: "linkedReportId", message: "there is no report with that id" },
    ]);
    expectProblem(await link(ghostId, a.id, "duplicate"), 404);
    expect(await linkCount()).toBe(before);
  });
});
