// (c) Reports of one category close together in space and time at more than one port: a few
// reports a week apart at neighbouring terminals can be one team at work, even when no single
// port's count looks unusual.
import { reportCategories, type ReportCategory } from "../enums";
import { expectedInWindow } from "./baseline";
import {
  msPerDay,
  type DetectionContext,
  type PatternPortFact,
  type TimedFact,
} from "./facts";
import { distanceKm } from "./geo";
import { makePattern } from "./makePattern";
import type { Pattern } from "./pattern";
import { isSurprising, poissonSurprise } from "./poisson";
import { groupByTime } from "./timeIndex";
import {
  categoryName,
  dateSpan,
  expected,
  listOf,
  plural,
  portName,
} from "./wording";

interface Candidate {
  reports: TimedFact[];
  observed: number;
  expected: number;
  surprise: number;
}

/** Ports by number, and for each the numbers of the ports within the radius (itself included). */
interface Areas {
  index: Map<string, number>;
  ids: string[];
  within: Uint8Array[];
}

function areasWithin(
  ports: ReadonlyMap<string, PatternPortFact>,
  radiusKm: number,
): Areas {
  const all = [...ports.values()];
  const within = all.map((p) =>
    Uint8Array.from(all, (q) => (distanceKm(p, q) <= radiusKm ? 1 : 0)),
  );
  return {
    index: new Map(all.map((p, i) => [p.id, i])),
    ids: all.map((p) => p.id),
    within,
  };
}

function candidatesFor(
  category: ReportCategory,
  reports: readonly TimedFact[],
  areas: Areas,
  ctx: DetectionContext,
): Candidate[] {
  const { window, thresholds } = ctx;
  const { windowDays, minReports, minPorts, maxProbability } =
    thresholds.cluster;
  const timesByPort = new Map(
    [...groupByTime(reports, (r) => r.portId)].map(([id, rs]) => [
      id,
      rs.map((r) => r.t),
    ]),
  );
  // Unknown ports (not in the reference list) get -1 and belong to no area.
  const portOf = Int32Array.from(
    reports,
    (r) => areas.index.get(r.portId) ?? -1,
  );
  const candidates: Candidate[] = [];
  for (const [i, seed] of reports.entries()) {
    const end = seed.t + windowDays * msPerDay;
    const area = areas.within[portOf[i]!];
    if (end <= window.from || !area) continue;
    let observed = 0;
    let last = i;
    for (; last < reports.length && reports[last]!.t < end; last++)
      observed += area[portOf[last]!] ?? 0;
    if (observed < minReports) continue;
    let mean = 0;
    area.forEach((inside, p) => {
      if (inside)
        mean +=
          expectedInWindow(
            timesByPort.get(areas.ids[p]!) ?? [],
            seed.t,
            end,
            window,
            thresholds,
          ) ?? NaN;
    });
    mean *= ctx.volume(seed.t, end, category);
    if (Number.isNaN(mean) || !isSurprising(observed, mean, maxProbability))
      continue;
    const members = reports
      .slice(i, last)
      .filter((_, j) => area[portOf[i + j]!] === 1);
    if (new Set(members.map((r) => r.portId)).size < minPorts) continue;
    candidates.push({
      reports: members,
      observed,
      expected: mean,
      surprise: poissonSurprise(observed, mean),
    });
  }
  return candidates;
}

/** Candidates sharing a report are one cluster (union-find over report ids). */
function joinSharingReports(candidates: readonly Candidate[]): Candidate[][] {
  const owner = new Map<string, number>();
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number =>
    parent[i] === i ? i : (parent[i] = find(parent[i]!));
  candidates.forEach((c, i) => {
    for (const r of c.reports) {
      const j = owner.get(r.id);
      if (j === undefined) owner.set(r.id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}

function toPattern(
  category: ReportCategory,
  group: Candidate[],
  ctx: DetectionContext,
): Pattern {
  const { radiusKm, windowDays } = ctx.thresholds.cluster;
  const reports = [
    ...new Map(group.flatMap((c) => c.reports).map((r) => [r.id, r])).values(),
  ];
  const portIds = [...new Set(reports.map((r) => r.portId))];
  const strongest = group.reduce((a, b) => (b.surprise > a.surprise ? b : a));
  const first = Math.min(...reports.map((r) => r.t));
  const last = Math.max(...reports.map((r) => r.t));
  const label = categoryName(category);
  return makePattern({
    kind: "space_time_cluster",
    key: category,
    title: `${label}: cluster of ${plural(reports.length, "report")} at ${plural(portIds.length, "nearby port")}`,
    why:
      `${plural(reports.length, "report")} of ${label.toLowerCase()} at ${listOf(portIds.map((id) => portName(ctx.ports, id)))}, ` +
      `neighbouring ports within ${radiusKm} km, between ${dateSpan(first, last)}; in the busiest ${windowDays} days ` +
      `${strongest.observed} arrived where ${expected(strongest.expected)} would be usual.`,
    category,
    entity: null,
    reports,
    score: strongest.surprise,
  });
}

export function detectSpaceTimeClusters(
  reports: readonly TimedFact[],
  ctx: DetectionContext,
): Pattern[] {
  const areas = areasWithin(ctx.ports, ctx.thresholds.cluster.radiusKm);
  const byCategory = groupByTime(reports, (r) => r.category);
  return reportCategories.flatMap((category) =>
    joinSharingReports(
      candidatesFor(category, byCategory.get(category) ?? [], areas, ctx),
    ).map((group) => toPattern(category, group, ctx)),
  );
}
