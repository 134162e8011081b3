// A desk officer edits a report through the mock API: If-Match is required, a stale version is
// refused with the current record, and a good edit bumps the version. Nothing is lost silently.
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/domain";
import { defaultMockNow } from "../../mocks/mockDb";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";
import { resetMockDb } from "../../mocks/node";

useMockServer();

function firstNewReport(category?: Report["category"]): Report {
  const report = mockDb.reports.find(
    (r) => r.status === "new" && (!category || r.category === category),
  );
  if (!report) throw new Error("the demo data has no new report");
  return report;
}

describe("editing a report in the mock API", () => {
  it("requires If-Match (428), applies a fresh edit (200), then refuses the stale version (409)", async () => {
    mockDb.signInAs("desk");
    const report = firstNewReport();
    expect(report.version).toBe(1);

    const shown = await api(`/reports/${report.id}`);
    expect(shown.headers.get("ETag")).toBe('"1"');

    const missing = await expectProblem(
      await api(`/reports/${report.id}`, jsonInit("PATCH", { risk: "high" })),
      428,
    );
    expect(missing.detail).toContain("If-Match");

    const edited = await api(
      `/reports/${report.id}`,
      jsonInit("PATCH", { risk: "high" }, { "If-Match": '"1"' }),
    );
    expect(edited.status).toBe(200);
    expect(edited.headers.get("ETag")).toBe('"2"');
    const updated = (await edited.json()) as Report;
    expect(updated).toMatchObject({
      id: report.id,
      risk: "high",
      version: 2,
      summary: report.summary,
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(
      defaultMockNow.getTime(),
    );
    expect(updated.firstAssessedAt).toBe(updated.updatedAt);

    const stale = await expectProblem(
      await api(
        `/reports/${report.id}`,
        jsonInit("PATCH", { risk: "low" }, { "If-Match": '"1"' }),
      ),
      409,
    );
    expect((stale.current as Report).version).toBe(2);
    expect((stale.current as Report).risk).toBe("high");
    expect(
      ((await (await api(`/reports/${report.id}`)).json()) as Report).risk,
    ).toBe("high");
  });

  it("keeps the first assessment time when the risk changes again", async () => {
    mockDb.signInAs("desk");
    const report = firstNewReport();
    const first = (await (
      await api(
        `/reports/${report.id}`,
        jsonInit("PATCH", { risk: "medium" }, { "If-Match": '"1"' }),
      )
    ).json()) as Report;
    const second = (await (
      await api(
        `/reports/${report.id}`,
        jsonInit("PATCH", { risk: "high" }, { "If-Match": '"2"' }),
      )
    ).json()) as Report;
    expect(second.version).toBe(3);
    expect(second.firstAssessedAt).toBe(first.firstAssessedAt);
  });

  it("rejects an unknown field, an empty patch and an insider type outside insider threat", async () => {
    mockDb.signInAs("desk");
    const report = firstNewReport("drugs");
    const ifMatch = { "If-Match": '"1"' };
    const unknown = await expectProblem(
      await api(
        `/reports/${report.id}`,
        jsonInit("PATCH", { status: "closed" }, ifMatch),
      ),
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
    await expectProblem(
      await api(`/reports/${report.id}`, jsonInit("PATCH", {}, ifMatch)),
      400,
    );
    const mismatch = await expectProblem(
      await api(
        `/reports/${report.id}`,
        jsonInit("PATCH", { insiderType: "exploited" }, ifMatch),
      ),
      400,
    );
    expect(mismatch.errors?.map((e) => e.field)).toEqual(["insiderType"]);
    expect(mockDb.reports.find((r) => r.id === report.id)?.version).toBe(1);
  });

  it("clears the insider type when a report moves out of insider threat", async () => {
    mockDb.signInAs("desk");
    const report = firstNewReport("insider_threat");
    expect(report.insiderType).not.toBeNull();
    const moved = await api(
      `/reports/${report.id}`,
      jsonInit("PATCH", { category: "drugs" }, { "If-Match": '"1"' }),
    );
    expect(((await moved.json()) as Report).insiderType).toBeNull();
  });

  it("refuses a malformed If-Match and an id that is not a report id with 400", async () => {
    mockDb.signInAs("desk");
    const report = firstNewReport();
    const malformed = await expectProblem(
      await api(
        `/reports/${report.id}`,
        jsonInit("PATCH", { risk: "low" }, { "If-Match": "1" }),
      ),
      400,
    );
    expect(malformed.errors?.map((e) => e.field)).toEqual(["If-Match"]);
    const badId = await expectProblem(
      await api(
        "/reports/PS-2026-000001",
        jsonInit("PATCH", { risk: "low" }, { "If-Match": '"1"' }),
      ),
      400,
    );
    expect(badId.errors).toEqual([
      {
        field: "id",
        message: "the report id in the address is not a valid id",
      },
    ]);
    expect(mockDb.reports.find((r) => r.id === report.id)?.version).toBe(1);
  });

  it("lets only the desk edit, and 404s an unknown report", async () => {
    const report = firstNewReport();
    mockDb.signInAs("analyst");
    await expectProblem(
      await api(
        `/reports/${report.id}`,
        jsonInit("PATCH", { risk: "low" }, { "If-Match": '"1"' }),
      ),
      403,
    );
    mockDb.signInAs("desk");
    await expectProblem(
      await api(
        "/reports/00000000-0000-4000-8000-000000000000",
        jsonInit("PATCH", { risk: "low" }, { "If-Match": '"1"' }),
      ),
      404,
    );
  });

  it("forgets every edit and the session on reset", async () => {
    mockDb.signInAs("desk");
    const report = firstNewReport();
    await api(
      `/reports/${report.id}`,
      jsonInit("PATCH", { risk: "low" }, { "If-Match": '"1"' }),
    );
    resetMockDb();
    expect(mockDb.currentUser).toBeNull();
    expect(mockDb.reports.find((r) => r.id === report.id)).toEqual(report);
  });
});
