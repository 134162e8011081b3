// /api/stats/timeseries for the trends page: UK calendar buckets, groupings, the previous
// period and the limit on points, each checked against counts computed here in plain SQL.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatsTimeseriesResponse } from "../../src/domain";
import { count, rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
const cookies: Record<string, string> = {};
const day = 86_400_000;
// The seed dates reports up to the real now; a whole year back from the next midnight UTC.
const to = new Date(Math.ceil(Date.now() / day) * day);
const from = new Date(to.getTime() - 365 * day);
const window = `from=${from.toISOString()}&to=${to.toISOString()}`;
const inWindow = sql`received_at >= ${from} and received_at < ${to}`;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ["desk", "analyst", "manager", "admin"])
    cookies[user] = await t.login(user);
});
afterAll(() => t.close());

async function get<T>(
  user: string,
  url: string,
): Promise<{ status: number; body: T }> {
  const response = await t.app.inject({
    method: "GET",
    url,
    headers: { cookie: cookies[user]! },
  });
  return { status: response.statusCode, body: response.json() as T };
}

describe("reports over time for the trends chart", () => {
  it("counts each UK calendar month per category, as PostgreSQL's own London dates do", async () => {
    const { status, body } = await get<StatsTimeseriesResponse>(
      "analyst",
      `/api/stats/timeseries?${window}&interval=month`,
    );
    expect(status).toBe(200);
    expect(body.timeZone).toBe("Europe/London");
    expect(body.buckets.length).toBeGreaterThanOrEqual(12);
    expect(body.buckets.every((b) => b.endsWith("-01"))).toBe(true);
    const expected = await rows<{
      bucket: string;
      category: string;
      n: number;
    }>(
      t.db,
      sql`select to_char(date_trunc('month', received_at at time zone 'Europe/London'), 'YYYY-MM-DD') as bucket, category, count(*)::int as n
          from reports where ${inWindow} group by 1, 2`,
    );
    for (const { bucket, category, n } of expected) {
      const series = body.series.find((s) => s.key === category)!;
      expect(
        series.counts[body.buckets.indexOf(bucket)],
        `${bucket} ${category}`,
      ).toBe(n);
    }
    expect(body.series.map((s) => s.key)[0]).toBe("insider_threat");
    expect(body.total).toBe(await count(t.db, inWindow));
    expect(body.previous).toBeNull();
  });

  it("puts a report received just after midnight in summer time on the new day, not the old one", async () => {
    const [row] = await rows<{ at: Date }>(
      t.db,
      sql`select received_at as at from reports where ${inWindow} and extract(hour from received_at at time zone 'UTC') = 23
          and extract(month from received_at) between 5 and 8 limit 1`,
    );
    const at = new Date(row!.at);
    const dayFrom = new Date(at.getTime() - 2 * day).toISOString();
    const dayTo = new Date(at.getTime() + 2 * day).toISOString();
    const { body } = await get<StatsTimeseriesResponse>(
      "desk",
      `/api/stats/timeseries?from=${dayFrom}&to=${dayTo}&interval=day&groupBy=channel`,
    );
    const londonDate = new Date(at.getTime() + 3600_000)
      .toISOString()
      .slice(0, 10);
    const index = body.buckets.indexOf(londonDate);
    expect(index).toBeGreaterThan(0);
    const expected = await count(
      t.db,
      sql`received_at >= ${dayFrom} and received_at < ${dayTo} and (received_at at time zone 'Europe/London')::date = ${londonDate}::date`,
    );
    expect(
      body.series.reduce((sum, s) => sum + (s.counts[index] ?? 0), 0),
    ).toBe(expected);
  });

  it("groups by nation within one force and by insider type, matching the database", async () => {
    const force = "Kent Police";
    const byNation = (
      await get<StatsTimeseriesResponse>(
        "desk",
        `/api/stats/timeseries?${window}&groupBy=nation&force=${encodeURIComponent(force)}`,
      )
    ).body;
    const inForce = sql`${inWindow} and port_id in (select id from ports where territorial_police_force = ${force})`;
    expect(byNation.series.find((s) => s.key === "England")!.total).toBe(
      await count(t.db, inForce),
    );
    const byType = (
      await get<StatsTimeseriesResponse>(
        "desk",
        `/api/stats/timeseries?${window}&groupBy=insiderType&interval=month`,
      )
    ).body;
    expect(byType.series.map((s) => s.key)).toEqual([
      "deliberate",
      "self_initiated",
      "exploited",
    ]);
    expect(byType.total).toBe(
      await count(t.db, sql`${inWindow} and insider_type is not null`),
    );
  });

  it("draws the busiest ports and puts the rest in Other ports", async () => {
    const { body } = await get<StatsTimeseriesResponse>(
      "desk",
      `/api/stats/timeseries?${window}&groupBy=port&top=3`,
    );
    expect(body.series.map((s) => s.key).slice(3)).toEqual(["other"]);
    const busiest = await rows<{ portId: string }>(
      t.db,
      sql`select port_id as "portId" from reports where ${inWindow} group by 1 order by count(*) desc, port_id limit 3`,
    );
    expect(body.series.slice(0, 3).map((s) => s.key)).toEqual(
      busiest.map((b) => b.portId),
    );
    expect(body.series.reduce((sum, s) => sum + (s.total ?? 0), 0)).toBe(
      body.total,
    );
  });

  it("compares with the previous period of the same length", async () => {
    const { body } = await get<StatsTimeseriesResponse>(
      "desk",
      `/api/stats/timeseries?${window}&compare=previous&interval=month`,
    );
    const before = new Date(from.getTime() - 365 * day);
    expect(body.previous!.from).toBe(before.toISOString());
    expect(body.previous!.total).toBe(
      await count(
        t.db,
        sql`received_at >= ${before} and received_at < ${from}`,
      ),
    );
    const drugs = await count(
      t.db,
      sql`received_at >= ${before} and received_at < ${from} and category = 'drugs'`,
    );
    expect(body.previous!.series.find((s) => s.key === "drugs")!.total).toBe(
      drugs,
    );
  });

  it("refuses a chart of too many points and says to widen the interval", async () => {
    const threeYears = `from=${new Date(to.getTime() - 3 * 365 * day).toISOString()}&to=${to.toISOString()}`;
    const { status, body } = await get<{
      detail: string;
      errors: { field: string }[];
    }>("desk", `/api/stats/timeseries?${threeYears}&interval=day`);
    expect(status).toBe(400);
    expect(body.detail).toMatch(/Widen the interval to week or month/);
    expect(body.errors[0]!.field).toBe("interval");
    expect(
      (await get("desk", `/api/stats/timeseries?${threeYears}&interval=week`))
        .status,
    ).toBe(200);
  });
});
