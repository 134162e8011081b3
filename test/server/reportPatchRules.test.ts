// Editing a report: If-Match is required, a stale version is refused with the current record, a
// good edit bumps the version and records the first assessment once, and bad edits change
// nothing. (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report, ReportCategory } from "../../src/domain";
import { call, expectProblem, ifMatch, reportWhere } from "./apiCalls";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

/** A new, never-edited report (version 1), optionally of one category. */
function newReport(category?: ReportCategory): Promise<Report> {
  return reportWhere(
    t,
    desk,
    category
      ? sql`status = 'new' and version = 1 and category = ${category}`
      : sql`status = 'new' and version = 1`,
  );
}

function patch(
  id: string,
  body: object,
  headers: Record<string, string>,
  cookie = desk,
) {
  return call(t, cookie, "PATCH", `/api/reports/${id}`, body, headers);
}

const read = async (id: string) =>
  (await call(t, desk, "GET", `/api/reports/${id}`)).json() as Report;

describe("editing a report", () => {
  it("requires If-Match (428), applies a fresh edit (200), then refuses the stale version (409)", async () => {
    const report = await newReport();
    expect(report.version).toBe(1);
    const shown = await call(t, desk, "GET", `/api/reports/${report.id}`);
    expect(shown.headers.etag).toBe('"1"');

    const missing = expectProblem(
      await patch(report.id, { risk: "high" }, {}),
      428,
    );
    expect(missing.detail).toContain("If-Match");

    const since = Date.now();
    const edited = await patch(report.id, { risk: "high" }, ifMatch(1));
    expect(edited.statusCode).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    const updated = edited.json() as Report;
    expect(updated).toMatchObject({
      id: report.id,
      risk: "high",
      version: 2,
      summary: report.summary,
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(since - 5);
    expect(updated.firstAssessedAt).toBe(updated.updatedAt);

    const stale = expectProblem(
      await patch(report.id, { risk: "low" }, ifMatch(1)),
      409,
    );
    expect((stale.current as Report).version).toBe(2);
    expect((stale.current as Report).risk).toBe("high");
    expect((await read(report.id)).risk).toBe("high");
  });

  it("keeps the first assessment time when the risk changes again", async () => {
    const report = await newReport();
    const first = (
      await patch(report.id, { risk: "medium" }, ifMatch(1))
    ).json() as Report;
    const second = (
      await patch(report.id, { risk: "high" }, ifMatch(2))
    ).json() as Report;
    expect(second.version).toBe(3);
    expect(second.firstAssessedAt).toBe(first.firstAssessedAt);
  });

  it("rejects an unknown field, an empty patch and an insider type outside insider threat", async () => {
    const report = await newReport("drugs");
    const unknown = expectProblem(
      await patch(report.id, { status: "closed" }, ifMatch(1)),
      400,
    );
    // The contract's "at least one field" rule also fires, since no known field remains.
    expect(unknown.errors?.map((e) => e.field)).toEqual([
      "status",
      "(request)",
    ]);
    expect(unknown.errors?.[0]?.message).toBe(
      "status is not a field this request accepts; remove it",
    );
    expectProblem(await patch(report.id, {}, ifMatch(1)), 400);
    const mismatch = expectProblem(
      await patch(report.id, { insiderType: "exploited" }, ifMatch(1)),
      400,
    );
    expect(mismatch.errors?.map((e) => e.field)).toEqual(["insiderType"]);
    expect((await read(report.id)).version).toBe(1);
  });

  it("clears the insider type when a report moves out of insider threat", async () => {
    const report = await newReport("insider_threat");
    expect(report.insiderType).not.toBeNull();
    const moved = await patch(report.id, { category: "drugs" }, ifMatch(1));
    expect(moved.statusCode).toBe(200);
    expect((moved.json() as Report).insiderType).toBeNull();
  });

  it("refuses a malformed If-Match and an id that is not a report id with 400", async () => {
    const report = await newReport();
    const malformed = expectProblem(
      await patch(report.id, { risk: "low" }, { "if-match": "1" }),
      400,
    );
    expect(malformed.errors?.map((e) => e.field)).toEqual(["If-Match"]);
    const badId = expectProblem(
      await patch("PS-2026-000001", { risk: "low" }, ifMatch(1)),
      400,
    );
    expect(badId.errors).toEqual([
      {
        field: "id",
        message: "the report id in the address is not a valid id",
      },
    ]);
    expect((await read(report.id)).version).toBe(1);
  });

  it("lets only the desk edit, and 404s an unknown report", async () => {
    const report = await newReport();
    const analyst = await t.login("analyst");
    expectProblem(
      await patch(report.id, { risk: "low" }, ifMatch(1), analyst),
      403,
    );
    expectProblem(
      await patch(
        "00000000-0000-4000-8000-000000000000",
        { risk: "low" },
        ifMatch(1),
      ),
      404,
    );
  });
});
