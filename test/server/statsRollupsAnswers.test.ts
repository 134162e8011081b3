// The aggregates read through the stats rollups (server/stats/statsCounts.ts) answer exactly
// what a plain count of the reports gives: for windows that do and do not fall on UK days and
// months, with the deltas pending and folded in, and while a port's nation change is pending.
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  channels,
  nations,
  reportCategories,
  reportStatuses,
  type StatsPortsResponse,
  type StatsSummaryResponse,
  type StatsTimeseriesResponse,
} from "../../src/domain";
import { countsSource } from "../../server/stats/statsCounts";
import { rows } from "./dbQuery";
import { rollupFixture } from "./statsRollupsFixture";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let r: ReturnType<typeof rollupFixture>;
let analyst: string;
const day = 86_400_000;

beforeAll(async () => {
  // The test folds the deltas itself, so it knows when they are pending and when folded.
  t = await createTestApp({}, { statsCompactionMs: 3_600_000 });
  r = rollupFixture(t.db);
  analyst = await t.login("analyst");
  await r.settle();
});
afterAll(() => t.close());

describe("the aggregates read the rollups without changing any answer", () => {
  it("count a port under its new nation while the move is still a pending delta", async () => {
    await r.settle();
    const [port] = await rows<{ id: string; nation: string }>(
      t.db,
      sql`select p.id, p.nation from ports p join reports r on r.port_id = p.id
          group by p.id order by count(*) desc, p.id limit 1`,
    );
    const moved = port!.nation === "Wales" ? "Scotland" : "Wales";
    await r.exec(
      sql`update ports set nation = ${moved} where id = ${port!.id}`,
    );
    expect(await r.pendingDeltas()).toBeGreaterThan(0);
    // Whole UK months, so the monthly rollups answer, which keep the port but not its nation.
    const from = new Date("2024-01-01T00:00:00Z");
    const to = new Date("2026-11-01T00:00:00Z");
    const window = `from=${from.toISOString()}&to=${to.toISOString()}`;
    for (const nation of [moved, port!.nation]) {
      const [expected] = await rows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from reports join ports on ports.id = reports.port_id
            where nation = ${nation} and received_at >= ${from} and received_at < ${to}`,
      );
      const summary = await get<StatsSummaryResponse>(
        `/api/stats/summary?${window}&nation=${encodeURIComponent(nation)}`,
      );
      expect(summary.total.count, `summary for ${nation}`).toBe(expected!.n);
      const trend = await get<StatsTimeseriesResponse>(
        `/api/stats/timeseries?${window}&interval=month&groupBy=nation`,
      );
      expect(
        trend.series.find((s) => s.key === nation)?.total,
        `monthly trend for ${nation}`,
      ).toBe(expected!.n);
    }
    await r.exec(
      sql`update ports set nation = ${port!.nation} where id = ${port!.id}`,
    );
    await r.settle();
    await r.expectNoDrift();
  });

  it("choose the smallest rollup that keeps what the query filters and groups by", async () => {
    const from = new Date("2025-11-20T00:00:00Z");
    const to = new Date("2026-11-20T00:00:00Z");
    const source = async (
      request: Omit<Parameters<typeof countsSource>[1], "from" | "to">,
    ) => {
      const query = await countsSource(t.db, { from, to, ...request });
      return new PgDialect().sqlToQuery(query).sql;
    };
    // The map and the summary by default.
    expect(
      await source({
        filters: {},
        groupedBy: ["portId", "category"],
        bucketUnit: null,
      }),
    ).toContain('"report_counts_monthly_by_port"');
    // The trends chart by default, by week.
    expect(
      await source({ filters: {}, groupedBy: ["category"], bucketUnit: "day" }),
    ).toContain('"report_counts_daily"');
    // The map filtered by status.
    const byStatus = await source({
      filters: { status: ["new"] },
      groupedBy: ["portId", "category"],
      bucketUnit: null,
    });
    expect(byStatus).toContain('"report_counts_monthly"');
    expect(byStatus).not.toContain('"report_counts_monthly_by_port"');
    // By week in one nation, or grouped by nation.
    const byNation: Omit<Parameters<typeof countsSource>[1], "from" | "to">[] =
      [
        {
          filters: { nation: ["Scotland"] },
          groupedBy: ["category"],
          bucketUnit: "day",
        },
        { filters: {}, groupedBy: ["nation"], bucketUnit: "day" },
      ];
    for (const request of byNation)
      expect(await source(request)).toContain(
        '"report_counts_daily_by_nation"',
      );
    // By month grouped by nation: the monthly counts by port, with each port's nation.
    expect(
      await source({ filters: {}, groupedBy: ["nation"], bucketUnit: "month" }),
    ).toContain('"report_counts_monthly_by_port"');
    // By week in one police force: only the reports themselves keep the port by day.
    expect(
      await source({
        filters: { force: ["Kent Police"] },
        groupedBy: ["category"],
        bucketUnit: "day",
      }),
    ).not.toContain("report_counts");
  });

  const uk = "Europe/London";
  const interval = fc.constantFrom(
    "day" as const,
    "week" as const,
    "month" as const,
  );
  const window = fc.record({
    // Any instant in the seeded three years, to the second: most windows start mid-day and mid-month.
    startsDaysAgo: fc.double({ min: 1, max: 1000, noNaN: true }),
    lengthDays: fc.double({ min: 0.2, max: 400, noNaN: true }),
  });
  const filters = fc.record(
    {
      category: fc.subarray([...reportCategories], {
        minLength: 1,
        maxLength: 3,
      }),
      status: fc.subarray([...reportStatuses], { minLength: 1, maxLength: 3 }),
      channel: fc.subarray([...channels], { minLength: 1, maxLength: 2 }),
      nation: fc.subarray([...nations], { minLength: 1, maxLength: 2 }),
      tier: fc.subarray(["1", "2", "3"], { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: [] },
  );
  type Filters = Partial<
    Record<"category" | "status" | "channel" | "nation" | "tier", string[]>
  >;

  const instants = ({
    startsDaysAgo,
    lengthDays,
  }: {
    startsDaysAgo: number;
    lengthDays: number;
  }) => {
    const from = new Date(
      Math.round((Date.now() - startsDaysAgo * day) / 1000) * 1000,
    );
    return { from, to: new Date(from.getTime() + lengthDays * day) };
  };

  function query(
    from: Date,
    to: Date,
    f: Filters,
    extra: Record<string, string> = {},
  ) {
    const params = new URLSearchParams({
      from: from.toISOString(),
      to: to.toISOString(),
      ...extra,
    });
    for (const [key, values] of Object.entries(f))
      for (const v of values) params.append(key, v);
    return params.toString();
  }

  /** The filters in plain SQL over the reports, written here rather than taken from the server. */
  function plainWhere(from: Date, to: Date, f: Filters): SQL {
    const inList = (column: string, values: string[]) =>
      sql`${sql.identifier(column)} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`;
    return sql.join(
      [
        sql`received_at >= ${from} and received_at < ${to}`,
        ...(f.category ? [inList("category", f.category)] : []),
        ...(f.status ? [inList("status", f.status)] : []),
        ...(f.channel ? [inList("channel", f.channel)] : []),
        ...(f.nation
          ? [
              sql`port_id in (select id from ports where ${inList("nation", f.nation)})`,
            ]
          : []),
        ...(f.tier
          ? [
              sql`port_id in (select id from ports where tier in (${sql.join(
                f.tier.map((v) => sql`${Number(v)}`),
                sql`, `,
              )}))`,
            ]
          : []),
      ],
      sql` and `,
    );
  }

  async function get<T>(url: string): Promise<T> {
    const response = await t.app.inject({
      method: "GET",
      url,
      headers: { cookie: analyst },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  }

  async function checkMapAndSummary(from: Date, to: Date, f: Filters) {
    // The map shows every nation at once: it takes the report filters alone.
    const { nation: _nation, tier: _tier, ...reportFilters } = f;
    const map = await get<StatsPortsResponse>(
      `/api/stats/ports?${query(from, to, reportFilters)}`,
    );
    const expected = await rows<{
      portId: string;
      category: string;
      n: number;
    }>(
      t.db,
      sql`select port_id as "portId", category, count(*)::int as n from reports where ${plainWhere(from, to, reportFilters)} group by 1, 2`,
    );
    const byPort = new Map(map.ports.map((p) => [p.portId, p]));
    let total = 0;
    for (const { portId, category, n } of expected) {
      total += n;
      const cell =
        byPort.get(portId)?.counts[map.categories.indexOf(category as never)];
      expect(cell, `${portId} ${category}`).toBe(n);
    }
    expect(map.total).toBe(total);
    if (f.nation || f.tier) {
      const [inNations] = await rows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from reports where ${plainWhere(from, to, f)}`,
      );
      total = inNations!.n;
    }

    const summary = await get<StatsSummaryResponse>(
      `/api/stats/summary?${query(from, to, f)}`,
    );
    const previousFrom = new Date(2 * from.getTime() - to.getTime());
    const [previous] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from reports where ${plainWhere(previousFrom, from, f)}`,
    );
    expect(summary.total).toMatchObject({
      count: total,
      previous: previous!.n,
    });
  }

  /** Each grouping's key, in plain SQL over the reports. */
  const keyOf = {
    insiderType: sql`insider_type`,
    channel: sql`channel`,
    category: sql`category`,
    nation: sql`(select nation from ports where ports.id = reports.port_id)`,
  };

  async function checkTimeseries(
    from: Date,
    to: Date,
    every: "day" | "week" | "month",
    f: Filters,
    groupBy: keyof typeof keyOf = "channel",
  ) {
    const body = await get<StatsTimeseriesResponse>(
      `/api/stats/timeseries?${query(from, to, f, { interval: every, groupBy, compare: "previous" })}`,
    );
    const expected = await rows<{ bucket: string; key: string; n: number }>(
      t.db,
      sql`select to_char(date_trunc(${every}, received_at at time zone ${uk}), 'YYYY-MM-DD') as bucket, ${keyOf[groupBy]} as key, count(*)::int as n
          from reports where ${plainWhere(from, to, f)} group by 1, 2`,
    );
    let total = 0;
    // Only insider-threat reports have an insider type; that chart leaves the rest out.
    for (const { bucket, key, n } of expected.filter((e) => e.key !== null)) {
      total += n;
      const series = body.series.find((s) => s.key === key)!;
      expect(
        series.counts[body.buckets.indexOf(bucket)],
        `${bucket} ${key}`,
      ).toBe(n);
    }
    expect(body.total).toBe(total);
    const previousFrom = new Date(2 * from.getTime() - to.getTime());
    const [previous] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from reports where ${plainWhere(previousFrom, from, f)} and ${keyOf[groupBy]} is not null`,
    );
    expect(body.previous?.total).toBe(previous!.n);
  }

  const grouping = fc.constantFrom(
    "insiderType" as const,
    "channel" as const,
    "category" as const,
    "nation" as const,
  );
  const windowsAndFilters = fc
    .tuple(window, interval, filters, grouping)
    .filter(
      // The API refuses charts of more than 5,000 points; keep to those it draws.
      ([w, every]) => every !== "day" || w.lengthDays <= 150,
    );

  for (const state of [
    "with changes still pending as deltas",
    "with every delta folded in",
  ]) {
    it(`answer the map, the summary and the trends as a plain count does, ${state}`, async () => {
      await r.changeReportsEveryWay();
      if (state.includes("folded")) await r.settle();
      else expect(await r.pendingDeltas()).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(windowsAndFilters, async ([w, every, f, groupBy]) => {
          const { from, to } = instants(w);
          await checkMapAndSummary(from, to, f);
          await checkTimeseries(from, to, every, f, groupBy);
        }),
        { numRuns: Number(process.env.ROLLUP_RUNS ?? 25) },
      );
      // And the windows the pages send: whole UK days ending tonight.
      const tonight = new Date(Math.ceil(Date.now() / day) * day);
      await checkMapAndSummary(
        new Date(tonight.getTime() - 365 * day),
        tonight,
        {},
      );
      await checkTimeseries(
        new Date(tonight.getTime() - 365 * day),
        tonight,
        "week",
        {},
      );
    });
  }
});
