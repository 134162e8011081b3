// /api/patterns follows the map's report filters (category, insider type, status, channel, as
// /api/stats/ports takes them): detection runs over the matching reports only, and a review
// confirms the pattern under the same filters it was listed with.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PatternListResponse } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let analyst: string;
const day = 86_400_000;
const to = new Date(Math.ceil(Date.now() / day) * day).toISOString();
const from = new Date(Date.parse(to) - 365 * day).toISOString();
const window = `from=${from}&to=${to}`;

beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.login("analyst");
});
afterAll(() => t.close());

async function list(query: string): Promise<PatternListResponse> {
  const response = await t.app.inject({
    method: "GET",
    url: `/api/patterns?${window}${query}`,
    headers: { cookie: analyst },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PatternListResponse;
}

/** The distinct values of a report column over the given reports. */
async function valuesOf(column: "category" | "channel", ids: string[]) {
  const found = await rows<{ value: string }>(
    t.db,
    sql`select distinct ${sql.raw(column)} as value from reports where id in ${ids}`,
  );
  return found.map((r) => r.value).sort();
}

describe("patterns among the reports the map shows", () => {
  it("finds, with a category filter, only patterns made of reports of that category", async () => {
    const everything = await list("");
    // A category that a pattern of the unfiltered list is about: filtering to it must keep it.
    const rise = everything.data.find((p) => p.kind === "category_rise")!;
    expect(rise.category).not.toBeNull();
    const filtered = await list(`&category=${rise.category}`);
    expect(filtered.data.map((p) => p.id)).toContain(rise.id);
    const ids = filtered.data.flatMap((p) => p.reportIds);
    expect(await valuesOf("category", ids)).toEqual([rise.category]);
    // The unfiltered list holds patterns of other categories, which the filter leaves out.
    const all = everything.data.flatMap((p) => p.reportIds);
    expect((await valuesOf("category", all)).length).toBeGreaterThan(1);
    expect(filtered.total).toBeLessThan(everything.total);
  });

  it("finds, with a channel and status filter, only patterns of hotline reports in those states", async () => {
    const hotline = await list(
      "&channel=hotline&status=closed&status=actioned",
    );
    const ids = hotline.data.flatMap((p) => p.reportIds);
    expect(ids.length).toBeGreaterThan(0);
    expect(await valuesOf("channel", ids)).toEqual(["hotline"]);
    const [outside] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from reports where id in ${ids} and status not in ('closed', 'actioned')`,
    );
    expect(outside!.n).toBe(0);
  });

  it("refuses a filter value the map could not send, naming it", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/patterns?${window}&channel=pigeon`,
      headers: { cookie: analyst },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toMatch(/^channel/);
  });

  it("reviews a pattern found under filters by detecting it again under the same filters", async () => {
    const filtered = await list("&channel=online");
    const unfiltered = new Set((await list("")).data.map((p) => p.id));
    // A pattern whose evidence the channel filter changed: it exists only under the filter.
    const onlyFiltered = filtered.data.find((p) => !unfiltered.has(p.id));
    expect(onlyFiltered).toBeDefined();
    const review = (filters: object) =>
      t.app.inject({
        method: "POST",
        url: `/api/patterns/${onlyFiltered!.id}/review`,
        headers: { cookie: analyst },
        payload: { status: "reviewed", from, to, filters },
      });
    expect((await review({})).statusCode).toBe(404);
    const reviewed = await review({ channel: ["online"] });
    expect(reviewed.statusCode).toBe(200);
    const listed = await list("&channel=online&review=reviewed");
    expect(listed.data.map((p) => p.id)).toContain(onlyFiltered!.id);
  });
});
