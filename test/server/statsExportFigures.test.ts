// The statistics CSVs carry the same figures as the JSON the charts draw ("<5" for a manager on
// every table), and an admin may export none of them.
// (Ported from the mock API's tests, issue #12; statsExport.test.ts checks the figures by SQL.)
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatsPortsResponse } from "../../src/domain";
import { call, expectProblem } from "./apiCalls";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const day = 86_400_000;
// The seed dates reports up to the real now; a whole year back from the next midnight UTC.
const to = new Date(Math.ceil(Date.now() / day) * day).toISOString();
const from = new Date(Date.parse(to) - 365 * day).toISOString();
const window = `from=${from}&to=${to}`;
const londonDay = (ms: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(ms);

describe("the statistics exports", () => {
  it("writes the ports table with the figures of /api/stats/ports, as an attachment", async () => {
    const analyst = await t.login("analyst");
    const stats = (
      await call(t, analyst, "GET", `/api/stats/ports?${window}&channel=online`)
    ).json() as StatsPortsResponse;
    const response = await call(
      t,
      analyst,
      "GET",
      `/api/stats/ports/export.csv?${window}&channel=online`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(
      new RegExp(
        `^attachment; filename="portsafe-ports-\\d{4}-\\d{2}-\\d{2}-to-${londonDay(Date.parse(to) - 1)}\\.csv"$`,
      ),
    );
    const table = Papa.parse<Record<string, string>>(
      response.body.replace(/^\ufeff/, ""),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(stats.ports.some((p) => (p.total ?? 0) > 0)).toBe(true);
    expect(table.map((r) => Number(r.Reports))).toEqual(
      stats.ports.map((p) => p.total),
    );
  });

  it("suppresses small counts for a manager, and refuses an admin", async () => {
    const manager = await t.login("manager");
    const csv = await call(
      t,
      manager,
      "GET",
      `/api/stats/timeseries/export.csv?${window}&interval=day`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("<5");
    const admin = await t.login("admin");
    expectProblem(
      await call(
        t,
        admin,
        "GET",
        `/api/stats/summary/export.csv?${window}&table=topPorts`,
      ),
      403,
    );
  });
});
