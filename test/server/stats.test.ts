// /api/stats for the map and the trends page: every figure is checked against counts computed
// here, independently, in plain SQL over the seeded database.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  StatsPortsResponse,
  StatsSummaryResponse,
  StatsTimeseriesResponse,
} from "../../src/domain";
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

describe("reports per port for the map", () => {
  it("gives an analyst every port, with zeros, and counts per category that match the database", async () => {
    const { status, body } = await get<StatsPortsResponse>(
      "analyst",
      `/api/stats/ports?${window}`,
    );
    expect(status).toBe(200);
    expect(body.suppression.applied).toBe(false);
    expect(body.ports).toHaveLength(await portCount());
    const expected = await rows<{
      portId: string;
      category: string;
      n: number;
    }>(
      t.db,
      sql`select port_id as "portId", category, count(*)::int as n from reports where ${inWindow} group by 1, 2`,
    );
    for (const { portId, category, n } of expected) {
      const port = body.ports.find((p) => p.portId === portId)!;
      expect(
        port.counts[body.categories.indexOf(category as never)],
        `${portId} ${category}`,
      ).toBe(n);
    }
    // Zeros are sent, not left out: a port or category with no reports still has its cell.
    expect(
      body.ports.every((p) => p.counts.length === body.categories.length),
    ).toBe(true);
    expect(body.ports.some((p) => p.counts.includes(0))).toBe(true);
    expect(body.total).toBe(await count(t.db, inWindow));
  });

  it("totals each territorial force over its ports, for shading force areas", async () => {
    const { body } = await get<StatsPortsResponse>(
      "desk",
      `/api/stats/ports?${window}`,
    );
    const expected = await rows<{ force: string; n: number }>(
      t.db,
      sql`select p.territorial_police_force as force, count(*)::int as n from reports r join ports p on p.id = r.port_id
          where r.received_at >= ${from} and r.received_at < ${to} group by 1`,
    );
    for (const { force, n } of expected)
      expect(body.forces.find((f) => f.force === force)?.total, force).toBe(n);
    const kent = body.forces.find((f) => f.portIds.includes("dover"))!;
    expect(kent.forceCode).toMatch(/^E23/);
  });

  it("applies the category, insider type, status and channel filters", async () => {
    const query =
      "category=insider_threat&insiderType=exploited&insiderType=deliberate&status=new&status=triage&status=closed&channel=online";
    const { body } = await get<StatsPortsResponse>(
      "desk",
      `/api/stats/ports?${window}&${query}`,
    );
    expect(body.categories).toEqual(["insider_threat"]);
    const where = sql`${inWindow} and category = 'insider_threat' and insider_type in ('exploited', 'deliberate') and status in ('new', 'triage', 'closed') and channel = 'online'`;
    expect(body.total).toBe(await count(t.db, where));
    expect(body.total).toBeGreaterThan(0);
  });

  it("refuses a window that ends before it starts, and unknown filters", async () => {
    expect(
      (
        await get(
          "desk",
          `/api/stats/ports?from=${to.toISOString()}&to=${from.toISOString()}`,
        )
      ).status,
    ).toBe(400);
    const unknown = await get<{ detail: string }>(
      "desk",
      `/api/stats/ports?${window}&colour=red`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain("colour");
  });
});

async function portCount(): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from ports`,
  );
  return row!.n;
}

describe("top ports and fastest-rising categories", () => {
  it("ranks ports by reports and compares each with the previous period", async () => {
    const { body } = await get<StatsSummaryResponse>(
      "analyst",
      `/api/stats/summary?${window}&limit=3`,
    );
    const top = await rows<{ portId: string; n: number }>(
      t.db,
      sql`select port_id as "portId", count(*)::int as n from reports where ${inWindow} group by 1 order by 2 desc, 1 limit 3`,
    );
    expect(body.topPorts.map((p) => [p.portId, p.count])).toEqual(
      top.map((p) => [p.portId, p.n]),
    );
    for (const port of body.topPorts)
      expect(port.change).toBe(port.count! - port.previous!);
    expect(body.risingCategories.every((c) => c.count! > c.previous!)).toBe(
      true,
    );
    expect(body.total.count).toBe(await count(t.db, inWindow));
  });
});

describe("figures safe to share", () => {
  it("round every count to base 5 on its own, totals from their true value, and show only 1 to 4 as <5", async () => {
    const exact = (
      await get<StatsPortsResponse>("desk", `/api/stats/ports?${window}`)
    ).body;
    const { body } = await get<StatsPortsResponse>(
      "desk",
      `/api/stats/ports?${window}&safe=1`,
    );
    expect(body.suppression).toEqual({
      applied: true,
      method: "round-5",
      base: 5,
      smallLabel: "<5",
      note: "Counts rounded to the nearest 5; 1–4 shown as <5; totals rounded separately, so parts may not add up to the total.",
    });
    // Rounding to base 5 (DESIGN.md §7): 0 stays 0, 1–4 read "<5", the rest the nearest multiple of 5.
    const published = (n: number) =>
      n === 0 ? 0 : n < 5 ? null : Math.round(n / 5) * 5;
    let hidden = 0;
    body.ports.forEach((port, p) => {
      const cells = [port.total, ...port.counts];
      const exactCells = [exact.ports[p]!.total, ...exact.ports[p]!.counts];
      cells.forEach((cell, i) => {
        if (cell === null) hidden += 1;
        expect(cell, `${port.portId} cell ${i}`).toBe(
          published(exactCells[i]!),
        );
        // "<5" only where the true count is below 5: no secondary suppression.
        if (cell === null) expect(exactCells[i]).toBeLessThan(5);
      });
    });
    expect(hidden).toBeGreaterThan(0);
    body.forces.forEach((force, f) =>
      expect(force.total, force.force).toBe(published(exact.forces[f]!.total!)),
    );
    expect(body.total).toBe(published(exact.total!));
  });

  it("are what a manager always gets, asked for or not, with no way to turn them off", async () => {
    const safe = (
      await get<StatsPortsResponse>("desk", `/api/stats/ports?${window}&safe=1`)
    ).body;
    const manager = await get<StatsPortsResponse>(
      "manager",
      `/api/stats/ports?${window}&safe=0`,
    );
    expect(manager.status).toBe(200);
    expect(manager.body).toEqual(safe);
    const series = (
      await get<StatsTimeseriesResponse>(
        "manager",
        `/api/stats/timeseries?${window}&interval=week&groupBy=port&top=25`,
      )
    ).body;
    expect(series.suppression.applied).toBe(true);
    const cells = series.series.flatMap((s) => [...s.counts, s.total]);
    expect(cells.some((c) => c === null)).toBe(true);
    expect(cells.every((c) => c === null || c % 5 === 0)).toBe(true);
    const summary = (
      await get<StatsSummaryResponse>(
        "manager",
        `/api/stats/summary?${window}&limit=20`,
      )
    ).body;
    for (const c of summary.risingCategories)
      if (c.count === null || c.previous === null) expect(c.change).toBeNull();
      else expect(c.change).toBe(c.count - c.previous);
    for (const c of [summary.total, ...summary.topPorts]) {
      expect(c.count === null || c.count % 5 === 0).toBe(true);
      expect(c.previous === null || c.previous % 5 === 0).toBe(true);
    }
  });
});

describe("who may read statistics", () => {
  it("lets desk, analyst and manager in, keeps an admin out and asks a stranger to sign in", async () => {
    for (const user of ["desk", "analyst", "manager"])
      expect(
        (await get(user, `/api/stats/summary?${window}`)).status,
        user,
      ).toBe(200);
    expect((await get("admin", `/api/stats/ports?${window}`)).status).toBe(403);
    const anonymous = await t.app.inject({
      method: "GET",
      url: `/api/stats/timeseries?${window}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
