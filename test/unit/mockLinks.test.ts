// Spotting the same matter twice in the mock API: similar reports are suggested as the server's
// pg_trgm query suggests them, and two reports can be linked once, with both timelines saying so.
import { describe, expect, it } from "vitest";
import type { Report, ReportEvent, SimilarReport } from "../../src/domain";
import { textSimilarity } from "../../mocks/trigram";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";

useMockServer();

const dayMs = 86_400_000;

async function similarTo(report: Report): Promise<SimilarReport[]> {
  const response = await api(`/reports/${report.id}/similar`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: SimilarReport[] }).data;
}

async function timeline(report: Report): Promise<string[]> {
  const response = await api(`/reports/${report.id}/events`);
  const events = ((await response.json()) as { data: ReportEvent[] }).data;
  return events.map((e) => `${e.kind}: ${e.summary}`);
}

function link(from: Report, to: Report, kind: string): Promise<Response> {
  return api(
    `/reports/${from.id}/links`,
    jsonInit("POST", { linkedReportId: to.id, kind }),
  );
}

/** The server's query, written out plainly: wording ≥ 0.3 or the same port within 7 days. */
function expectedSimilar(report: Report) {
  const received = Date.parse(report.receivedAt);
  return mockDb.reports
    .filter((r) => r.id !== report.id)
    .map((r) => ({
      r,
      similarity: textSimilarity(r.summary, report.summary),
      days: Math.abs(Date.parse(r.receivedAt) - received) / dayMs,
    }))
    .filter(
      (c) =>
        c.similarity >= 0.3 || (c.r.portId === report.portId && c.days <= 7),
    )
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        a.days - b.days ||
        (a.r.id < b.r.id ? -1 : 1),
    )
    .slice(0, 10);
}

describe("similar reports in the mock API", () => {
  it("suggests the other reports of a campaign, most similar first, with the reasons", async () => {
    mockDb.signInAs("analyst");
    const campaign = mockDb.reports.find((r) =>
      `${r.summary} ${r.details}`.includes("Kestrel Freight"),
    );
    if (!campaign)
      throw new Error("the demo data has no Kestrel Freight report");
    const expected = expectedSimilar(campaign);
    expect(expected.length).toBeGreaterThan(0);

    const similar = await similarTo(campaign);
    expect(similar.map((s) => s.id)).toEqual(expected.map((c) => c.r.id));
    for (const [i, s] of similar.entries()) {
      const c = expected[i]!;
      const reasons = [];
      if (c.r.portId === campaign.portId && c.days <= 7) {
        reasons.push(
          `same port, ${c.days < 1 ? "same day" : `${Math.round(c.days)} days apart`}`,
        );
      }
      if (c.similarity >= 0.3) {
        reasons.push(`similar wording (${Math.round(c.similarity * 100)}%)`);
      }
      expect(s).toEqual({
        id: c.r.id,
        reference: c.r.reference,
        receivedAt: c.r.receivedAt,
        portId: c.r.portId,
        category: c.r.category,
        status: c.r.status,
        summary: c.r.summary,
        similarity: Math.round(c.similarity * 1000) / 1000,
        reasons,
        linkKind: null,
      });
    }
  });

  it("404s an unknown report and keeps suggestions from a manager", async () => {
    mockDb.signInAs("desk");
    const missing = await expectProblem(
      await api("/reports/00000000-0000-4000-8000-000000000000/similar"),
      404,
    );
    expect(missing.type).toBe("urn:portsafe:problem:not_found");
    mockDb.signInAs("manager");
    await expectProblem(
      await api(`/reports/${mockDb.reports[0]?.id}/similar`),
      403,
    );
  });
});

describe("linking reports in the mock API", () => {
  it("links two reports once, whichever way round, and both timelines say so", async () => {
    mockDb.signInAs("desk");
    const a = mockDb.reports.find((r) => r.status === "triage") as Report;
    const [suggestion] = await similarTo(a);
    const b = mockDb.reportById(suggestion?.id ?? "") as Report;

    const linked = await link(a, b, "corroborating");
    expect(linked.status).toBe(204);
    expect(await linked.text()).toBe("");
    expect(await timeline(a)).toEqual([
      `linked: Linked to ${b.reference} as corroborating`,
    ]);
    expect(await timeline(b)).toEqual([
      `linked: Linked to ${a.reference} as corroborating`,
    ]);
    expect((await similarTo(a))[0]).toMatchObject({
      id: b.id,
      linkKind: "corroborating",
    });
    expect((await similarTo(b)).find((s) => s.id === a.id)?.linkKind).toBe(
      "corroborating",
    );

    const again = await expectProblem(await link(b, a, "duplicate"), 409);
    expect(again.detail).toBe(
      `${b.reference} and ${a.reference} are already linked as corroborating.`,
    );
    // Linking changes neither report.
    expect(mockDb.reportById(a.id)?.version).toBe(a.version);
  });

  it("refuses a link to itself or to no report, and 404s an unknown report", async () => {
    mockDb.signInAs("desk");
    const a = mockDb.reports[0] as Report;
    const ghost = { ...a, id: "00000000-0000-4000-8000-000000000000" };
    const self = await expectProblem(await link(a, a, "duplicate"), 400);
    expect(self.errors).toEqual([
      {
        field: "linkedReportId",
        message: "a report cannot be linked to itself",
      },
    ]);
    const nowhere = await expectProblem(await link(a, ghost, "duplicate"), 400);
    expect(nowhere.errors).toEqual([
      { field: "linkedReportId", message: "there is no report with that id" },
    ]);
    await expectProblem(await link(ghost, a, "duplicate"), 404);
    expect(mockDb.links).toEqual([]);
  });
});
