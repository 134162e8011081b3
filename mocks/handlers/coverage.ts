// /api/coverage (server/routes/coverageRepository.ts): PSeMS coverage of the active membership
// by group, the journey funnel, coverage per port, and maturity against report volume. The same
// aggregates as the server's SQL, computed over the mock's records.
import type { HttpHandler } from "msw";
import {
  CoverageQuerySchema,
  CoverageSchema,
  addMonthsToIsoDate,
  isCovered,
  londonDate,
  type Coverage,
  type CoverageGroup,
  type CoverageQuery,
  type MaturityVolume,
  type Member,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { contractResponse } from "./contractResponse";
import { checkedHandler } from "./checkedRoute";
import { queryObject } from "./listRoute";
import { problemResponse, validationProblem } from "./problems";
import { psemsFramework } from "./psems";

const share = (covered: number, total: number) =>
  total === 0 ? 0 : covered / total;

/** Least covered first, then the larger group, then by key (as the server sorts them). */
function groupBy(
  members: readonly Member[],
  keyOf: (member: Member) => string | undefined,
): CoverageGroup[] {
  const groups = new Map<string, { members: number; covered: number }>();
  for (const member of members) {
    const key = keyOf(member);
    if (key === undefined) continue;
    const group = groups.get(key) ?? { members: 0, covered: 0 };
    group.members += 1;
    if (isCovered(member.assessmentState)) group.covered += 1;
    groups.set(key, group);
  }
  return [...groups]
    .map(([key, g]) => ({ key, ...g, share: share(g.covered, g.members) }))
    .sort(
      (a, b) =>
        a.share - b.share ||
        b.members - a.members ||
        a.key.localeCompare(b.key),
    );
}

function funnel(db: MockDb, active: ReadonlySet<string>) {
  const started = db.assessments.filter(
    (a) =>
      active.has(a.memberId) &&
      (a.status === "in_progress" || a.status === "completed"),
  );
  return psemsFramework(db).steps.map((step) => {
    const atOrBeyond = started.filter((a) => a.step >= step.number);
    return {
      step: step.number,
      name: step.name,
      reached: new Set(atOrBeyond.map((a) => a.memberId)).size,
      completed: new Set(
        atOrBeyond
          .filter((a) => a.status === "completed")
          .map((a) => a.memberId),
      ).size,
    };
  });
}

/** Mean element score of each active member's latest completed, scored assessment. */
function memberMaturity(db: MockDb, active: ReadonlySet<string>) {
  const latest = new Map<string, (typeof db.assessments)[number]>();
  for (const a of db.assessments) {
    if (a.status !== "completed" || !active.has(a.memberId)) continue;
    const held = latest.get(a.memberId);
    const key = (x: typeof a) => `${x.completedOn ?? ""}|${x.updatedAt}`;
    if (!held || key(a) > key(held)) latest.set(a.memberId, a);
  }
  const maturity = new Map<string, number>();
  for (const [memberId, a] of latest) {
    const scores = Object.values(a.scores);
    if (scores.length > 0)
      maturity.set(memberId, scores.reduce((s, n) => s + n, 0) / scores.length);
  }
  return maturity;
}

function maturityVsVolume(
  db: MockDb,
  activeMembers: readonly Member[],
  since: string,
): MaturityVolume[] {
  const maturity = memberMaturity(db, new Set(activeMembers.map((m) => m.id)));
  const byPort = new Map<string, Member[]>();
  for (const m of activeMembers)
    byPort.set(m.portId, [...(byPort.get(m.portId) ?? []), m]);
  const rows = [...byPort].map(([portId, members]) => {
    const means = members.flatMap((m) => {
      const value = maturity.get(m.id);
      return value === undefined ? [] : [value];
    });
    return {
      portId,
      members: members.length,
      assessedMembers: means.length,
      averageMaturity:
        means.length === 0
          ? null
          : Math.round(
              (means.reduce((s, n) => s + n, 0) / means.length) * 100,
            ) / 100,
      reports: db.reports.filter(
        (r) => r.portId === portId && londonDate(r.receivedAt) >= since,
      ).length,
    };
  });
  const need = (r: MaturityVolume) =>
    r.reports * (4 - (r.averageMaturity ?? 0));
  return rows.sort(
    (a, b) =>
      need(b) - need(a) ||
      (a.averageMaturity ?? -1) - (b.averageMaturity ?? -1) ||
      b.reports - a.reports ||
      (a.portId < b.portId ? -1 : a.portId > b.portId ? 1 : 0),
  );
}

export function coverageOf(db: MockDb, query: CoverageQuery): Coverage {
  const asOf = londonDate(db.now());
  const reportsSince = query.reportsSince ?? addMonthsToIsoDate(asOf, -12);
  const active = db.members.filter((m) => m.status === "active");
  const port = (m: Member) => db.portById(m.portId);
  const covered = active.filter((m) => isCovered(m.assessmentState)).length;
  return {
    asOf,
    reportsSince,
    activeMembers: active.length,
    coveredMembers: covered,
    share: share(covered, active.length),
    byNation: groupBy(active, (m) => port(m)?.nation),
    byForce: groupBy(active, (m) => port(m)?.territorialPoliceForce),
    byTier: groupBy(active, (m) => {
      const tier = port(m)?.tier;
      return tier === undefined ? undefined : String(tier);
    }).sort((a, b) => a.key.localeCompare(b.key)),
    byMemberType: groupBy(active, (m) => m.type),
    funnel: funnel(db, new Set(active.map((m) => m.id))),
    ports: groupBy(active, (m) => m.portId).map(
      ({ key, members, covered }) => ({
        portId: key,
        members,
        covered,
      }),
    ),
    maturityVsVolume: maturityVsVolume(db, active, reportsSince),
  };
}

export function coverageHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler(db, {
      method: "get",
      path: "*/api/coverage",
      deny: () => denyUnlessAllowed(db, "coverage", "list"),
      handle: ({ request }) => {
        const parsed = CoverageQuerySchema.safeParse(
          queryObject(new URL(request.url).searchParams),
        );
        if (!parsed.success)
          return problemResponse(validationProblem("query", parsed.error));
        return contractResponse(CoverageSchema, coverageOf(db, parsed.data));
      },
    }),
  ];
}
