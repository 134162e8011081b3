// Bulk actions in the mock API act on exactly the selected reports, all or nothing: if one report
// is stale or the action does not apply to it, no report, link or timeline entry changes.
import { describe, expect, it } from "vitest";
import type { Report, ReportEvent } from "../../src/domain";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";

useMockServer();

function pick(count: number, keep: (r: Report) => boolean): Report[] {
  const picked = mockDb.reports.filter(keep).slice(0, count);
  if (picked.length < count) throw new Error("not enough demo reports");
  return picked;
}

const byId = (a: Report, b: Report) => (a.id < b.id ? -1 : 1);
const items = (reports: Report[]) =>
  reports.map((r) => ({ id: r.id, version: r.version }));

function bulk(body: object): Promise<Response> {
  return api("/reports/bulk", jsonInit("POST", body));
}

async function timeline(report: Report): Promise<string[]> {
  const response = await api(`/reports/${report.id}/events`);
  const events = ((await response.json()) as { data: ReportEvent[] }).data;
  return events.map((e) => `${e.kind}: ${e.summary}`);
}

function expectUnchanged(reports: Report[]): void {
  for (const report of reports)
    expect(mockDb.reportById(report.id)).toEqual(report);
  expect(mockDb.events).toEqual([]);
  expect(mockDb.links).toEqual([]);
}

describe("bulk assignment in the mock API", () => {
  it("assigns exactly the selected reports, in id order, each on its timeline", async () => {
    mockDb.signInAs("desk");
    const desk3 = mockDb.users.find((u) => u.username === "desk3");
    const selected = pick(3, (r) => r.status === "new");
    const response = await bulk({
      action: "assign",
      assigneeId: desk3?.id,
      items: items(selected),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      updated: number;
      data: Report[];
    };
    expect(result.updated).toBe(3);
    expect(result.data.map((r) => [r.id, r.assigneeId, r.version])).toEqual(
      [...selected].sort(byId).map((r) => [r.id, desk3?.id, r.version + 1]),
    );
    for (const report of selected) {
      expect(await timeline(report)).toEqual([
        "assigned: Assigned to DC Priya Shah (demo)",
      ]);
    }
  });

  it("changes nothing when the report sorted last is stale", async () => {
    mockDb.signInAs("desk");
    const selected = pick(3, (r) => r.status === "triage").sort(byId);
    const stale = selected[2] as Report;
    const problem = await expectProblem(
      await bulk({
        action: "assign",
        assigneeId: null,
        items: selected.map((r) => ({
          id: r.id,
          version: r === stale ? r.version + 1 : r.version,
        })),
      }),
      409,
    );
    expect(problem.current).toEqual(stale);
    expectUnchanged(selected);
  });

  it("refuses a non-desk assignee, a report selected twice, and an empty selection", async () => {
    mockDb.signInAs("desk");
    const [report] = pick(1, (r) => r.status === "new") as [Report];
    const analyst = mockDb.users.find((u) => u.username === "analyst");
    const refused = await expectProblem(
      await bulk({
        action: "assign",
        assigneeId: analyst?.id,
        items: items([report]),
      }),
      400,
    );
    expect(refused.errors?.map((e) => e.field)).toEqual(["assigneeId"]);
    const twice = await expectProblem(
      await bulk({
        action: "assign",
        assigneeId: null,
        items: items([report, report]),
      }),
      400,
    );
    expect(twice.errors).toEqual([
      { field: "items", message: "each report may be selected once" },
    ]);
    const none = await expectProblem(
      await bulk({ action: "assign", assigneeId: null, items: [] }),
      400,
    );
    expect(none.errors).toEqual([
      { field: "items", message: "select at least one report" },
    ]);
    expectUnchanged([report]);
  });
});

describe("bulk categorising in the mock API", () => {
  it("moves reports to a category, clearing an insider type, and says what changed", async () => {
    mockDb.signInAs("desk");
    const [insider] = pick(
      1,
      (r) => r.category === "insider_threat" && r.status !== "closed",
    ) as [Report];
    const [drugs] = pick(
      1,
      (r) => r.category === "drugs" && r.status !== "closed",
    ) as [Report];
    const response = await bulk({
      action: "categorise",
      category: "fraud_bribery_corruption",
      items: items([insider, drugs]),
    });
    const { data } = (await response.json()) as { data: Report[] };
    expect(data.map((r) => [r.category, r.insiderType])).toEqual(
      [insider, drugs].sort(byId).map(() => ["fraud_bribery_corruption", null]),
    );
    expect(await timeline(insider)).toEqual([
      "updated: Changed category, insiderType (bulk)",
    ]);
    expect(await timeline(drugs)).toEqual(["updated: Changed category (bulk)"]);
  });

  it("refuses an insider type outside insider threat, naming the report, and changes nothing", async () => {
    mockDb.signInAs("desk");
    const selected = pick(2, (r) => r.status === "triage");
    const problem = await expectProblem(
      await bulk({
        action: "categorise",
        category: "drugs",
        insiderType: "exploited",
        items: items(selected),
      }),
      400,
    );
    const [first] = [...selected].sort(byId) as [Report];
    expect(problem.detail).toBe(
      `${first.reference}: an insider type can only be set when the category is insider threat`,
    );
    expectUnchanged(selected);
  });
});

describe("bulk closing as duplicates in the mock API", () => {
  it("closes each selected report as a duplicate of another, linking each", async () => {
    mockDb.signInAs("desk");
    const [original, ...dupes] = pick(3, (r) => r.status === "triage") as [
      Report,
      ...Report[],
    ];
    const response = await bulk({
      action: "close_duplicate",
      duplicateOfId: original.id,
      reason: `Same matter as ${original.reference}`,
      items: items(dupes),
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: Report[] };
    expect(data.map((r) => [r.status, r.closureReason, r.slaDueAt])).toEqual([
      ["closed", "duplicate", null],
      ["closed", "duplicate", null],
    ]);
    expect(
      mockDb.links.map((l) => [l.reportId, l.linkedReportId, l.kind]),
    ).toEqual(
      [...dupes].sort(byId).map((d) => [d.id, original.id, "duplicate"]),
    );
    for (const dupe of dupes) {
      expect(await timeline(dupe)).toEqual([
        `linked: Linked to ${original.reference} as duplicate`,
        "transition: Close: In triage → Closed",
      ]);
    }
    expect(await timeline(original)).toEqual(
      [...dupes]
        .sort(byId)
        .map((d) => `linked: Linked to ${d.reference} as duplicate`),
    );
  });

  it("changes nothing when one of the selection is already closed", async () => {
    mockDb.signInAs("desk");
    const [original] = pick(1, (r) => r.status === "new") as [Report];
    const closed = mockDb.reports
      .filter((r) => r.status === "closed")
      .sort(byId)
      .at(-1) as Report;
    // Sorted before the closed one, so they are linked and closed before the refusal.
    const open = pick(2, (r) => r.status === "triage" && r.id < closed.id);
    const problem = await expectProblem(
      await bulk({
        action: "close_duplicate",
        duplicateOfId: original.id,
        reason: "Same matter",
        items: items([...open, closed]),
      }),
      409,
    );
    expect(problem.allowed).toEqual(["triage"]);
    expectUnchanged([original, ...open, closed]);
  });

  it("refuses to close a report as a duplicate of itself", async () => {
    mockDb.signInAs("desk");
    const selected = pick(2, (r) => r.status === "triage");
    const problem = await expectProblem(
      await bulk({
        action: "close_duplicate",
        duplicateOfId: selected[0]?.id,
        reason: "Same matter",
        items: items(selected),
      }),
      400,
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(["duplicateOfId"]);
  });
});
