// The mock API answers the analyst's new endpoints as the server does, so `npm run dev:mock` and
// the component tests keep working: statistics as CSV (the same figures as the JSON, "<5" for a
// manager), the record of a picture, the map's settings, the report list by id, and patterns
// that follow the map's report filters.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { defaultMockNow } from "../../mocks/mockDb";
import type {
  PatternListResponse,
  Report,
  StatsPortsResponse,
} from "../../src/domain";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";

useMockServer();

const day = 86_400_000;
const to = new Date(defaultMockNow.getTime() + day).toISOString();
const from = new Date(Date.parse(to) - 365 * day).toISOString();
const window = `from=${from}&to=${to}`;

describe("the mock's statistics exports", () => {
  it("writes the ports table with the figures of /api/stats/ports, as an attachment", async () => {
    mockDb.signInAs("analyst");
    const stats = (await (
      await api(`/stats/ports?${window}&channel=online`)
    ).json()) as StatsPortsResponse;
    const response = await api(
      `/stats/ports/export.csv?${window}&channel=online`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="portsafe-ports-\d{4}-\d{2}-\d{2}-to-2026-11-22\.csv"$/,
    );
    const table = Papa.parse<Record<string, string>>(
      (await response.text()).replace(/^\ufeff/, ""),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(table.map((r) => Number(r.Reports))).toEqual(
      stats.ports.map((p) => p.total),
    );
  });

  it("suppresses small counts for a manager, and refuses an admin", async () => {
    mockDb.signInAs("manager");
    const csv = await (
      await api(`/stats/timeseries/export.csv?${window}&interval=day`)
    ).text();
    expect(csv).toContain("<5");
    mockDb.signInAs("admin");
    await expectProblem(
      await api(`/stats/summary/export.csv?${window}&table=topPorts`),
      403,
    );
  });

  it("records a picture with 204 and refuses a record the server would refuse", async () => {
    mockDb.signInAs("desk");
    const record = {
      kind: "png",
      view: "map",
      filters: { from, to, category: ["drugs"] },
      safeToShare: true,
    };
    expect((await api("/exports", jsonInit("POST", record))).status).toBe(204);
    const problem = await expectProblem(
      await api("/exports", jsonInit("POST", { ...record, view: "audit" })),
      400,
    );
    expect(problem.detail).toContain("view");
  });

  it("tells the map to use its offline layers", async () => {
    mockDb.signInAs("manager");
    expect(await (await api("/settings/map")).json()).toEqual({ tiles: null });
  });
});

describe("the mock's report list by id and patterns by filter", () => {
  it("lists exactly the reports asked for, and at most 100 ids", async () => {
    mockDb.signInAs("analyst");
    const chosen = mockDb.reports.slice(10, 13);
    const body = (await (
      await api(`/reports?${chosen.map((r) => `id=${r.id}`).join("&")}`)
    ).json()) as { data: Report[]; total: number };
    expect(body.total).toBe(3);
    expect(body.data.map((r) => r.id).sort()).toEqual(
      chosen.map((r) => r.id).sort(),
    );
    const many = mockDb.reports.slice(0, 101).map((r) => `id=${r.id}`);
    const problem = await expectProblem(
      await api(`/reports?${many.join("&")}`),
      400,
    );
    expect(problem.detail).toContain("at most 100 report ids");
  });

  it("finds patterns among the reports that match the map's filters only", async () => {
    mockDb.signInAs("analyst");
    const all = (await (
      await api(`/patterns?${window}`)
    ).json()) as PatternListResponse;
    const rise = all.data.find((p) => p.kind === "category_rise")!;
    const filtered = (await (
      await api(`/patterns?${window}&category=${rise.category}`)
    ).json()) as PatternListResponse;
    expect(filtered.data.map((p) => p.id)).toContain(rise.id);
    const byId = new Map(mockDb.reports.map((r) => [r.id, r]));
    const categories = new Set(
      filtered.data.flatMap((p) =>
        p.reportIds.map((id) => byId.get(id)!.category),
      ),
    );
    expect([...categories]).toEqual([rise.category]);
    expect(filtered.total).toBeLessThan(all.total);
  });
});
