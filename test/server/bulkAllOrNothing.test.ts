// Bulk actions act on exactly the selected reports, all or nothing: if one report is stale or the
// action does not apply to it, no report, link or timeline entry changes.
// (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain";
import {
  byId,
  call,
  expectProblem,
  reportsWhere,
  timelineLines,
  userId,
} from "./apiCalls";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

const items = (reports: Report[]) =>
  reports.map((r) => ({ id: r.id, version: r.version }));

const bulk = (body: object) => call(t, desk, "POST", "/api/reports/bulk", body);

const read = async (id: string) =>
  (await call(t, desk, "GET", `/api/reports/${id}`)).json() as Report;

const lines = (report: Report) => timelineLines(t, desk, report.id);

async function linksOf(reports: Report[]) {
  const ids = reports.map((r) => r.id);
  return rows<{ reportId: string; linkedReportId: string; kind: string }>(
    t.db,
    sql`select report_id as "reportId", linked_report_id as "linkedReportId", kind from report_links
        where report_id in ${ids} or linked_report_id in ${ids} order by report_id, linked_report_id`,
  );
}

/** What the reports, their timelines and their links are now, to compare after a refusal. */
async function snapshot(reports: Report[]) {
  return {
    reports: await Promise.all(reports.map((r) => read(r.id))),
    timelines: await Promise.all(reports.map(lines)),
    links: await linksOf(reports),
  };
}

/** The entries a timeline gained since `before`. */
async function added(report: Report, before: string[]) {
  const after = await lines(report);
  expect(after.slice(0, before.length)).toEqual(before);
  return after.slice(before.length);
}

describe("bulk assignment", () => {
  it("assigns exactly the selected reports, in id order, each on its timeline", async () => {
    const desk3 = await userId(t, "desk3");
    const selected = await reportsWhere(t, desk, sql`status = 'new'`, 3);
    const before = await Promise.all(selected.map(lines));
    const response = await bulk({
      action: "assign",
      assigneeId: desk3,
      items: items(selected),
    });
    expect(response.statusCode).toBe(200);
    const result = response.json() as { updated: number; data: Report[] };
    expect(result.updated).toBe(3);
    expect(result.data.map((r) => [r.id, r.assigneeId, r.version])).toEqual(
      [...selected].sort(byId).map((r) => [r.id, desk3, r.version + 1]),
    );
    for (const [i, report] of selected.entries()) {
      expect(await added(report, before[i]!)).toEqual([
        "assigned: Assigned to DC Priya Shah (demo)",
      ]);
    }
  });

  it("changes nothing when the report sorted last is stale", async () => {
    const selected = (
      await reportsWhere(t, desk, sql`status = 'triage'`, 3)
    ).sort(byId);
    const stale = selected[2]!;
    const before = await snapshot(selected);
    const problem = expectProblem(
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
    expect(await snapshot(selected)).toEqual(before);
  });

  it("refuses a non-desk assignee, a report selected twice, and an empty selection", async () => {
    const [report] = await reportsWhere(t, desk, sql`status = 'new'`, 1);
    const before = await snapshot([report!]);
    const refused = expectProblem(
      await bulk({
        action: "assign",
        assigneeId: await userId(t, "analyst"),
        items: items([report!]),
      }),
      400,
    );
    expect(refused.errors?.map((e) => e.field)).toEqual(["assigneeId"]);
    const twice = expectProblem(
      await bulk({
        action: "assign",
        assigneeId: null,
        items: items([report!, report!]),
      }),
      400,
    );
    expect(twice.errors).toEqual([
      { field: "items", message: "each report may be selected once" },
    ]);
    const none = expectProblem(
      await bulk({ action: "assign", assigneeId: null, items: [] }),
      400,
    );
    expect(none.errors).toEqual([
      { field: "items", message: "select at least one report" },
    ]);
    expect(await snapshot([report!])).toEqual(before);
  });
});

describe("bulk categorising", () => {
  it("moves reports to a category, clearing an insider type, and says what changed", async () => {
    const [insider] = await reportsWhere(
      t,
      desk,
      sql`category = 'insider_threat' and insider_type is not null and status <> 'closed'`,
      1,
    );
    const [drugs] = await reportsWhere(
      t,
      desk,
      sql`category = 'drugs' and status <> 'closed'`,
      1,
    );
    const beforeInsider = await lines(insider!);
    const beforeDrugs = await lines(drugs!);
    const response = await bulk({
      action: "categorise",
      category: "fraud_bribery_corruption",
      items: items([insider!, drugs!]),
    });
    expect(response.statusCode).toBe(200);
    const { data } = response.json() as { data: Report[] };
    expect(data.map((r) => [r.category, r.insiderType])).toEqual([
      ["fraud_bribery_corruption", null],
      ["fraud_bribery_corruption", null],
    ]);
    expect(await added(insider!, beforeInsider)).toEqual([
      "updated: Changed category, insiderType (bulk)",
    ]);
    expect(await added(drugs!, beforeDrugs)).toEqual([
      "updated: Changed category (bulk)",
    ]);
  });

  it("refuses an insider type outside insider threat, naming the report, and changes nothing", async () => {
    const selected = await reportsWhere(t, desk, sql`status = 'triage'`, 2);
    const before = await snapshot(selected);
    const problem = expectProblem(
      await bulk({
        action: "categorise",
        category: "drugs",
        insiderType: "exploited",
        items: items(selected),
      }),
      400,
    );
    const [first] = [...selected].sort(byId);
    expect(problem.detail).toBe(
      `${first!.reference}: an insider type can only be set when the category is insider threat`,
    );
    expect(await snapshot(selected)).toEqual(before);
  });
});

describe("bulk closing as duplicates", () => {
  it("closes each selected report as a duplicate of another, linking each", async () => {
    const [original, ...dupes] = await reportsWhere(
      t,
      desk,
      sql`status = 'triage'`,
      3,
    );
    const beforeOriginal = await lines(original!);
    const beforeDupes = await Promise.all(dupes.map(lines));
    const linksBefore = await linksOf([original!, ...dupes]);
    const response = await bulk({
      action: "close_duplicate",
      duplicateOfId: original!.id,
      reason: `Same matter as ${original!.reference}`,
      items: items(dupes),
    });
    expect(response.statusCode).toBe(200);
    const { data } = response.json() as { data: Report[] };
    expect(data.map((r) => [r.status, r.closureReason, r.slaDueAt])).toEqual([
      ["closed", "duplicate", null],
      ["closed", "duplicate", null],
    ]);
    const linksAfter = await linksOf([original!, ...dupes]);
    expect(
      linksAfter
        .filter(
          (l) =>
            !linksBefore.some((b) => JSON.stringify(b) === JSON.stringify(l)),
        )
        .map((l) => [l.reportId, l.linkedReportId, l.kind]),
    ).toEqual(
      [...dupes].sort(byId).map((d) => [d.id, original!.id, "duplicate"]),
    );
    for (const [i, dupe] of dupes.entries()) {
      expect(await added(dupe, beforeDupes[i]!)).toEqual([
        `linked: Linked to ${original!.reference} as duplicate`,
        "transition: Close: In triage → Closed",
      ]);
    }
    expect(await added(original!, beforeOriginal)).toEqual(
      [...dupes]
        .sort(byId)
        .map((d) => `linked: Linked to ${d.reference} as duplicate`),
    );
  });

  it("changes nothing when one of the selection is already closed", async () => {
    const [original] = await reportsWhere(t, desk, sql`status = 'new'`, 1);
    const [closed] = await reportsWhere(
      t,
      desk,
      sql`status = 'closed'`,
      1,
      sql`id desc`,
    );
    // Sorted before the closed one, so they would be linked and closed before the refusal.
    const open = await reportsWhere(
      t,
      desk,
      sql`status = 'triage' and id < ${closed!.id}`,
      2,
    );
    const all = [original!, ...open, closed!];
    const before = await snapshot(all);
    const problem = expectProblem(
      await bulk({
        action: "close_duplicate",
        duplicateOfId: original!.id,
        reason: "Same matter",
        items: items([...open, closed!]),
      }),
      409,
    );
    expect(problem.allowed).toEqual(["triage"]);
    expect(await snapshot(all)).toEqual(before);
  });

  it("refuses to close a report as a duplicate of itself", async () => {
    const selected = await reportsWhere(t, desk, sql`status = 'triage'`, 2);
    const problem = expectProblem(
      await bulk({
        action: "close_duplicate",
        duplicateOfId: selected[0]!.id,
        reason: "Same matter",
        items: items(selected),
      }),
      400,
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(["duplicateOfId"]);
  });
});
