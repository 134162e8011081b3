import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report, SimilarReport } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

function send(method: "GET" | "POST", url: string, payload?: object) {
  return t.app.inject({ method, url, headers: { cookie: desk }, payload });
}

async function openReports(n: number, where = sql`true`): Promise<Report[]> {
  const ids = await rows<{ id: string }>(
    t.db,
    sql`select id from reports where status in ('new', 'triage') and ${where} order by received_at desc limit ${n}`,
  );
  return Promise.all(
    ids.map(async ({ id }) => (await send("GET", `/api/reports/${id}`)).json()),
  );
}

describe("similar reports", () => {
  it("suggests the other reports of an injected campaign, with the reason", async () => {
    const [campaignReport] = await rows<{ id: string; summary: string }>(
      t.db,
      sql`select id, summary from reports where summary || details like '%Kestrel Freight%' order by received_at limit 1`,
    );
    const response = await send(
      "GET",
      `/api/reports/${campaignReport!.id}/similar`,
    );
    expect(response.statusCode).toBe(200);
    const similar = response.json().data as SimilarReport[];
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.every((s) => s.id !== campaignReport!.id)).toBe(true);
    expect(similar.every((s) => s.reasons.length > 0)).toBe(true);
    const [expectedTop] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports where id <> ${campaignReport!.id} order by similarity(summary, ${campaignReport!.summary}) desc limit 1`,
    );
    expect(similar[0]!.id).toBe(expectedTop!.id);
  });
});

describe("links", () => {
  it("links two reports as corroborating, both timelines say so, and a second link is refused", async () => {
    const [a, b] = await openReports(2);
    const linked = await send("POST", `/api/reports/${a!.id}/links`, {
      linkedReportId: b!.id,
      kind: "corroborating",
    });
    expect(linked.statusCode).toBe(204);
    const eventsB = (await send("GET", `/api/reports/${b!.id}/events`)).json();
    expect(eventsB.data.at(-1)).toMatchObject({
      kind: "linked",
      summary: `Linked to ${a!.reference} as corroborating`,
    });
    const similar = (await send("GET", `/api/reports/${a!.id}/similar`)).json()
      .data as SimilarReport[];
    expect(
      similar.find((s) => s.id === b!.id)?.linkKind ?? "corroborating",
    ).toBe("corroborating");
    const again = await send("POST", `/api/reports/${b!.id}/links`, {
      linkedReportId: a!.id,
      kind: "duplicate",
    });
    expect(again.statusCode).toBe(409);
  });

  it("refuses linking a report to itself", async () => {
    const [a] = await openReports(1);
    const response = await send("POST", `/api/reports/${a!.id}/links`, {
      linkedReportId: a!.id,
      kind: "duplicate",
    });
    expect(response.statusCode).toBe(400);
  });
});

describe("bulk actions", () => {
  it("assigns exactly the selected reports", async () => {
    const selected = await openReports(3, sql`status = 'new'`);
    const [desk3] = await rows<{ id: string }>(
      t.db,
      sql`select id from users where username = 'desk3'`,
    );
    const response = await send("POST", "/api/reports/bulk", {
      action: "assign",
      assigneeId: desk3!.id,
      items: selected.map((r) => ({ id: r.id, version: r.version })),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().updated).toBe(3);
    const after = await rows<{ id: string }>(
      t.db,
      sql`select id from reports where assignee_id = ${desk3!.id} and id in ${selected.map((r) => r.id)}`,
    );
    expect(after).toHaveLength(3);
  });

  it("changes nothing when one selected report is stale", async () => {
    const selected = await openReports(
      2,
      sql`category <> 'fraud_bribery_corruption'`,
    );
    const items = selected.map((r, i) => ({
      id: r.id,
      version: i === 1 ? r.version - 1 : r.version,
    }));
    const response = await send("POST", "/api/reports/bulk", {
      action: "categorise",
      category: "fraud_bribery_corruption",
      items,
    });
    expect(response.statusCode).toBe(409);
    const categories = await rows<{ category: string }>(
      t.db,
      sql`select category from reports where id in ${selected.map((r) => r.id)}`,
    );
    expect(
      categories.every((c) => c.category !== "fraud_bribery_corruption"),
    ).toBe(true);
  });

  it("closes the selected reports as duplicates of another, linking each", async () => {
    const [original, ...dupes] = await openReports(3, sql`status = 'triage'`);
    const response = await send("POST", "/api/reports/bulk", {
      action: "close_duplicate",
      duplicateOfId: original!.id,
      reason: `Same matter as ${original!.reference}`,
      items: dupes.map((r) => ({ id: r.id, version: r.version })),
    });
    expect(response.statusCode).toBe(200);
    expect(
      response.json().data.map((r: Report) => [r.status, r.closureReason]),
    ).toEqual([
      ["closed", "duplicate"],
      ["closed", "duplicate"],
    ]);
    const links = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from report_links where linked_report_id = ${original!.id} and kind = 'duplicate'`,
    );
    expect(links[0]!.n).toBe(2);
  });

  it("refuses an empty selection and more than 100", async () => {
    expect(
      (
        await send("POST", "/api/reports/bulk", {
          action: "assign",
          assigneeId: null,
          items: [],
        })
      ).statusCode,
    ).toBe(400);
  });
});
