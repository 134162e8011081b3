// Statistical disclosure control (DESIGN.md §7, issue #14) tested by playing the attacker: as a
// manager, and as an analyst asking for figures safe to share, it asks the stats API for random
// windows (nested, adjacent, overlapping), ports, nations, forces, categories, insider types,
// channels and groupings, forms what subtraction gives (a total less its parts, a nation less its
// ports, one window less another, the previous period less the parts of it), and checks against
// the true counts, counted in plain SQL, that no such value pins a count of 1 to 4.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  channels,
  insiderTypes,
  reportCategories,
  statsGroupings,
  type StatsPortsResponse,
  type StatsSummaryResponse,
  type StatsTimeseriesResponse,
} from "../../src/domain";
import { rows } from "./dbQuery";
import {
  chartDifference,
  windowDifference,
  type AttackContext,
  type Attacker,
} from "./disclosureWindowAttacks";
import {
  expectNoSmallCountPinned,
  known,
  query,
  trueCount,
  type Derived,
  type Filters,
  type Window,
} from "./disclosureAttacker";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
const cookies: Record<"manager" | "analyst", string> = {
  manager: "",
  analyst: "",
};
let portsWithReports: { id: string; nation: string; force: string }[] = [];
let latest = 0;
const hour = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  cookies.manager = await t.login("manager");
  cookies.analyst = await t.login("analyst");
  portsWithReports = await rows(
    t.db,
    sql`select p.id, p.nation, p.territorial_police_force as force
        from ports p where exists (select 1 from reports r where r.port_id = p.id)
        order by p.id`,
  );
  const [last] = await rows<{ at: string }>(
    t.db,
    sql`select max(received_at) as at from reports`,
  );
  latest = new Date(last!.at).getTime();
});
afterAll(() => t.close());

async function get<T>(attacker: Attacker, path: string, q: string): Promise<T> {
  const safe = attacker === "analyst" ? "&safe=1" : "";
  const response = await t.app.inject({
    url: `${path}?${q}${safe}`,
    headers: { cookie: cookies[attacker] },
  });
  expect(response.statusCode, `${path}?${q}${safe}: ${response.body}`).toBe(
    200,
  );
  return response.json() as T;
}

// ---- The attacker's choices ---------------------------------------------------------------------

const attackerArb = fc.constantFrom<Attacker>("manager", "analyst");

/** Three instants a < b < c in the last year of data, to hours, so windows need not be whole days. */
const instantsArb = fc
  .tuple(
    fc.integer({ min: 0, max: 330 * 24 }),
    fc.integer({ min: 1, max: 60 * 24 }),
    fc.integer({ min: 1, max: 60 * 24 }),
  )
  .map(([start, first, second]) => {
    const a = new Date(latest + hour - (start + first + second) * hour);
    const b = new Date(a.getTime() + first * hour);
    const c = new Date(b.getTime() + second * hour);
    return { a, b, c };
  });

const subsetArb = <T extends string>(all: readonly T[]) =>
  fc.option(fc.subarray([...all], { minLength: 1 }), { nil: undefined });

/** Report filters the attacker may add to every request of one attack. */
const reportFiltersArb = fc.record(
  {
    channel: subsetArb(channels),
    insiderType: subsetArb(insiderTypes),
  },
  { requiredKeys: [] },
);

const portIndexArb = fc.nat();
const pickPort = (i: number) => portsWithReports[i % portsWithReports.length]!;

// ---- The attacks --------------------------------------------------------------------------------

/** A port's total less the same port without one category: that category's count. */
async function categoryDifference(
  attacker: Attacker,
  window: Window,
  portIndex: number,
  categoryIndex: number,
  base: Filters,
): Promise<Derived[]> {
  const port = pickPort(portIndex);
  const category = reportCategories[categoryIndex % reportCategories.length]!;
  const others = reportCategories.filter((c) => c !== category);
  const all = await get<StatsSummaryResponse>(
    attacker,
    "/api/stats/summary",
    query(window, { ...base, portId: [port.id] }),
  );
  const rest = await get<StatsSummaryResponse>(
    attacker,
    "/api/stats/summary",
    query(window, { ...base, portId: [port.id], category: others }),
  );
  const truth = await trueCount(t.db, window, {
    ...base,
    portId: [port.id],
    category: [category],
  });
  const found: Derived[] = [];
  if (all.total.count !== null && rest.total.count !== null)
    found.push({
      how: `summary ${port.id} all categories − all but ${category}`,
      derived: all.total.count - rest.total.count,
      truth,
    });
  // The same through the map: the port's total less its published categories.
  const map = await get<StatsPortsResponse>(
    attacker,
    "/api/stats/ports",
    query(window, base),
  );
  const row = map.ports.find((p) => p.portId === port.id)!;
  const hidden = map.categories.filter((_, i) => row.counts[i] === null);
  if (row.total !== null)
    found.push({
      how: `map ${port.id} total − published categories`,
      derived: row.total - known(row.counts),
      truth: await trueCount(t.db, window, {
        ...base,
        portId: [port.id],
        category: hidden,
      }),
    });
  // A force less its published ports, and the grand total less the published forces.
  const force = map.forces.find((f) => f.portIds.includes(port.id))!;
  const portTotals = force.portIds.map(
    (id) => map.ports.find((p) => p.portId === id)!.total,
  );
  if (force.total !== null)
    found.push({
      how: `map ${force.force} total − published ports`,
      derived: force.total - known(portTotals),
      truth: await trueCount(t.db, window, {
        ...base,
        portId: force.portIds.filter((_, i) => portTotals[i] === null),
      }),
    });
  if (map.total !== null)
    found.push({
      how: "map total − published forces",
      derived: map.total - known(map.forces.map((f) => f.total)),
      truth: await trueCount(t.db, window, {
        ...base,
        force: map.forces.filter((f) => f.total === null).map((f) => f.force),
      }),
    });
  return found;
}

/** A nation (or force) less all its ports but one: that port's count. */
async function areaLessPorts(
  attacker: Attacker,
  window: Window,
  portIndex: number,
  byForce: boolean,
  base: Filters,
): Promise<Derived[]> {
  const port = pickPort(portIndex);
  const area: Filters = byForce
    ? { force: [port.force] }
    : { nation: [port.nation] };
  const [areaPorts] = await rows<{ ids: string[] }>(
    t.db,
    sql`select coalesce(array_agg(id order by id), '{}') as ids from ports
        where ${byForce ? sql`territorial_police_force = ${port.force}` : sql`nation = ${port.nation}`}
        and id <> ${port.id}`,
  );
  const whole = await get<StatsSummaryResponse>(
    attacker,
    "/api/stats/summary",
    query(window, { ...base, ...area }),
  );
  const found: Derived[] = [];
  const truth = await trueCount(t.db, window, { ...base, portId: [port.id] });
  if (areaPorts!.ids.length > 0) {
    const rest = await get<StatsSummaryResponse>(
      attacker,
      "/api/stats/summary",
      query(window, { ...base, portId: areaPorts!.ids }),
    );
    if (whole.total.count !== null && rest.total.count !== null)
      found.push({
        how: `summary ${byForce ? port.force : port.nation} − its other ports (${port.id})`,
        derived: whole.total.count - rest.total.count,
        truth,
      });
  }
  // The same by the trends chart grouped by nation, less the map's other ports of that nation.
  if (!byForce) {
    const trend = await get<StatsTimeseriesResponse>(
      attacker,
      "/api/stats/timeseries",
      query(window, base, { groupBy: "nation", interval: "month" }),
    );
    const map = await get<StatsPortsResponse>(
      attacker,
      "/api/stats/ports",
      query(window, base),
    );
    const nationTotal = trend.series.find((s) => s.key === port.nation)?.total;
    const others = map.ports.filter((p) => areaPorts!.ids.includes(p.portId));
    if (
      nationTotal !== null &&
      nationTotal !== undefined &&
      others.every((p) => p.total !== null)
    )
      found.push({
        how: `trend ${port.nation} − map of its other ports (${port.id})`,
        derived: nationTotal - known(others.map((p) => p.total)),
        truth,
      });
  }
  return found;
}

const context = (): AttackContext => ({ get, db: t.db });

// ---- The properties -----------------------------------------------------------------------------

describe("no combination of published figures pins a count of 1 to 4", () => {
  const runs = { numRuns: 60, endOnFailure: true } as const;

  it("a port's total less its categories, a force less its ports, the map less its forces", async () => {
    await fc.assert(
      fc.asyncProperty(
        attackerArb,
        instantsArb,
        portIndexArb,
        fc.nat(),
        reportFiltersArb,
        async (attacker, { a, b }, port, category, base) =>
          expectNoSmallCountPinned(
            await categoryDifference(
              attacker,
              { from: a, to: b },
              port,
              category,
              base,
            ),
          ),
      ),
      runs,
    );
  });

  it("a nation or a force less its other ports", async () => {
    await fc.assert(
      fc.asyncProperty(
        attackerArb,
        instantsArb,
        portIndexArb,
        fc.boolean(),
        fc.record(
          { category: subsetArb(reportCategories) },
          { requiredKeys: [] },
        ),
        async (attacker, { a, c }, port, byForce, base) =>
          expectNoSmallCountPinned(
            await areaLessPorts(
              attacker,
              { from: a, to: c },
              port,
              byForce,
              base,
            ),
          ),
      ),
      runs,
    );
  });

  it("one window less another (nested, adjacent, overlapping) and the previous period", async () => {
    await fc.assert(
      fc.asyncProperty(
        attackerArb,
        instantsArb,
        portIndexArb,
        fc.record(
          {
            category: subsetArb(reportCategories),
            channel: subsetArb(channels),
          },
          { requiredKeys: [] },
        ),
        async (attacker, instants, port, f) =>
          expectNoSmallCountPinned(
            await windowDifference(context(), attacker, instants, {
              ...f,
              portId: [pickPort(port).id],
            }),
          ),
      ),
      runs,
    );
  });

  it("a trends series less its buckets, the chart less its series, the previous period less its series", async () => {
    await fc.assert(
      fc.asyncProperty(
        attackerArb,
        instantsArb,
        fc.constantFrom(...statsGroupings),
        fc.constantFrom("day" as const, "week" as const, "month" as const),
        fc.option(portIndexArb, { nil: undefined }),
        reportFiltersArb,
        async (attacker, { a, b }, groupBy, interval, port, base) =>
          expectNoSmallCountPinned(
            await chartDifference(
              context(),
              attacker,
              { from: a, to: b },
              groupBy,
              interval,
              port === undefined
                ? base
                : { ...base, nation: [pickPort(port).nation] },
            ),
          ),
      ),
      runs,
    );
  });
});
