// The coverage page's figures, each checked against counts made independently here: plain SQL
// reads fed through the domain's review rule, grouped in the test.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMonthsToIsoDate,
  isCovered,
  londonDate,
  maturityPriority,
  reviewState,
  type Coverage,
  type CoverageGroup,
} from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let coverage: Coverage;
const today = londonDate(new Date());

interface ActiveMember {
  id: string;
  type: string;
  port_id: string;
  nation: string;
  force: string;
  tier: number;
  major_change_on: string | null;
  covered: boolean;
}

let active: ActiveMember[];

beforeAll(async () => {
  t = await createTestApp();
  const response = await t.app.inject({
    method: "GET",
    url: "/api/coverage",
    headers: { cookie: await t.login("manager") },
  });
  expect(response.statusCode).toBe(200);
  coverage = response.json();

  const members = await rows<Omit<ActiveMember, "covered">>(
    t.db,
    sql`select m.id, m.type, m.port_id, p.nation, p.territorial_police_force as force, p.tier, m.major_change_on::text
        from members m join ports p on p.id = m.port_id where m.status = 'active'`,
  );
  const lastOn = new Map(
    (
      await rows<{ member_id: string; last_on: string }>(
        t.db,
        sql`select member_id, max(completed_on)::text as last_on from assessments where status = 'completed' group by member_id`,
      )
    ).map((r) => [r.member_id, r.last_on]),
  );
  const reportsOn = new Map<string, string[]>();
  for (const r of await rows<{ port_id: string; received_at: Date }>(
    t.db,
    sql`select port_id, received_at from reports where risk = 'immediate'`,
  )) {
    reportsOn.set(r.port_id, [
      ...(reportsOn.get(r.port_id) ?? []),
      londonDate(r.received_at),
    ]);
  }
  active = members.map((m) => ({
    ...m,
    covered: isCovered(
      reviewState({
        lastCompletedOn: lastOn.get(m.id) ?? null,
        majorChangeOn: m.major_change_on,
        highRiskReportsOn: reportsOn.get(m.port_id) ?? [],
        today,
      }).assessmentState,
    ),
  }));
});
afterAll(() => t.close());

function groupBy(key: (m: ActiveMember) => string): CoverageGroup[] {
  const groups = new Map<string, { members: number; covered: number }>();
  for (const m of active) {
    const g = groups.get(key(m)) ?? { members: 0, covered: 0 };
    groups.set(key(m), {
      members: g.members + 1,
      covered: g.covered + (m.covered ? 1 : 0),
    });
  }
  return [...groups].map(([k, g]) => ({
    key: k,
    ...g,
    share: g.covered / g.members,
  }));
}

const byKey = (groups: CoverageGroup[]) =>
  [...groups].sort((a, b) => a.key.localeCompare(b.key));

describe("coverage of the active membership", () => {
  it("counts active members and those with a current assessment", () => {
    expect(coverage.asOf).toBe(today);
    expect(coverage.activeMembers).toBe(active.length);
    expect(coverage.coveredMembers).toBe(
      active.filter((m) => m.covered).length,
    );
    expect(coverage.coveredMembers).toBeGreaterThan(0);
    expect(coverage.share).toBeCloseTo(
      coverage.coveredMembers / coverage.activeMembers,
      10,
    );
  });

  it("breaks coverage down by nation, territorial force, port tier and member type, gaps first", () => {
    expect(byKey(coverage.byNation)).toEqual(byKey(groupBy((m) => m.nation)));
    expect(byKey(coverage.byForce)).toEqual(byKey(groupBy((m) => m.force)));
    expect(coverage.byTier).toEqual(byKey(groupBy((m) => String(m.tier))));
    expect(byKey(coverage.byMemberType)).toEqual(byKey(groupBy((m) => m.type)));
    const shares = coverage.byNation.map((g) => g.share);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it("gives each port with active members its members and covered count for the map", () => {
    const expected = groupBy((m) => m.port_id).map(
      ({ key, members, covered }) => ({ portId: key, members, covered }),
    );
    const sorted = (list: { portId: string }[]) =>
      [...list].sort((a, b) => a.portId.localeCompare(b.portId));
    expect(sorted(coverage.ports)).toEqual(sorted(expected));
  });

  it("shows the four-step funnel narrowing from step 1 to step 4", async () => {
    const reached = await rows<{
      step: number;
      reached: number;
      completed: number;
    }>(
      t.db,
      sql`select s.n as step,
            (select count(distinct a.member_id)::int from assessments a join members m on m.id = a.member_id
              where m.status = 'active' and a.step >= s.n and a.status in ('in_progress', 'completed')) as reached,
            (select count(distinct a.member_id)::int from assessments a join members m on m.id = a.member_id
              where m.status = 'active' and a.step >= s.n and a.status = 'completed') as completed
          from generate_series(1, 4) as s(n) order by s.n`,
    );
    expect(
      coverage.funnel.map(({ step, reached: r, completed }) => ({
        step,
        reached: r,
        completed,
      })),
    ).toEqual(reached);
    expect(coverage.funnel.map((s) => s.name)).toEqual([
      "Self-help GAP analysis",
      "Improvement plan",
      "Independent review",
      "On-site evaluation",
    ]);
    const counts = coverage.funnel.map((s) => s.reached);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[3]).toBeGreaterThan(0);
  });

  it("sets average maturity against report volume per port (published: base 5, <5 for 1–4), low maturity with many reports first", async () => {
    const since = addMonthsToIsoDate(today, -12);
    expect(coverage.reportsSince).toBe(since);
    // Report volumes leave the desk, so they are rounded to base 5 on their own (DESIGN.md §7).
    const published = (n: number) =>
      n === 0 ? 0 : n < 5 ? null : Math.round(n / 5) * 5;
    expect(coverage.suppression).toMatchObject({
      applied: true,
      method: "round-5",
    });
    const volumes = new Map(
      (
        await rows<{ port_id: string; n: number }>(
          t.db,
          sql`select port_id, count(*)::int as n from reports where (received_at at time zone 'Europe/London')::date >= ${since}::date group by port_id`,
        )
      ).map((r) => [r.port_id, r.n]),
    );
    const latest = await rows<{
      member_id: string;
      scores: Record<string, number>;
    }>(
      t.db,
      sql`select distinct on (member_id) member_id, scores from assessments where status = 'completed' order by member_id, completed_on desc, updated_at desc`,
    );
    const memberMaturity = new Map(
      latest
        .filter((a) => Object.keys(a.scores).length > 0)
        .map((a) => [
          a.member_id,
          Object.values(a.scores).reduce((s, v) => s + v, 0) /
            Object.keys(a.scores).length,
        ]),
    );
    for (const row of coverage.maturityVsVolume) {
      const atPort = active.filter((m) => m.port_id === row.portId);
      const assessed = atPort
        .map((m) => memberMaturity.get(m.id))
        .filter((v): v is number => v !== undefined);
      expect(row, row.portId).toMatchObject({
        members: atPort.length,
        assessedMembers: assessed.length,
        reports: published(volumes.get(row.portId) ?? 0),
      });
      if (assessed.length === 0)
        expect(row.averageMaturity, row.portId).toBeNull();
      else
        expect(row.averageMaturity, row.portId).toBeCloseTo(
          assessed.reduce((s, v) => s + v, 0) / assessed.length,
          2,
        );
    }
    expect(coverage.maturityVsVolume.map((r) => r.portId).sort()).toEqual(
      [...new Set(active.map((m) => m.port_id))].sort(),
    );
    const priorities = coverage.maturityVsVolume.map(maturityPriority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });

  it("is for managers and admins only, and refuses an unknown parameter", async () => {
    for (const [role, status] of [
      ["desk", 403],
      ["analyst", 403],
      ["admin", 200],
    ] as const) {
      const response = await t.app.inject({
        method: "GET",
        url: "/api/coverage",
        headers: { cookie: await t.login(role) },
      });
      expect(response.statusCode, role).toBe(status);
    }
    const bad = await t.app.inject({
      method: "GET",
      url: "/api/coverage?nation=Wales",
      headers: { cookie: await t.login("manager") },
    });
    expect(bad.statusCode).toBe(400);
  });
});
