// (b) Reports at different ports naming the same vessel, company or vehicle, more often than that
// name usually turns up. Well-known ferries and hauliers are named every week; a name that has
// never appeared before and suddenly turns up at two ports is what an analyst wants to see.
import { entityKey, entityKind } from "./entities";
import { expectedInWindow } from "./baseline";
import { msPerDay, type DetectionContext, type TimedFact } from "./facts";
import { makePattern, mergeOverlapping } from "./makePattern";
import type { Pattern } from "./pattern";
import { isSurprising, poissonSurprise } from "./poisson";
import { lowerBound } from "./timeIndex";
import { dateSpan, expected, listOf, plural, portName } from "./wording";

interface Burst {
  start: number;
  end: number;
  reports: TimedFact[];
  expected: number;
  surprise: number;
  /** Mentions in the 12 months before the burst. */
  before: number;
}

/** Every window that starts at a mention and holds more mentions, at more ports, than usual. */
function burstsOf(
  label: string,
  mentions: readonly TimedFact[],
  ctx: DetectionContext,
): Burst[] {
  const { window, thresholds } = ctx;
  const { windowDays, minReports, minPorts } = thresholds.entity;
  const maxProbability =
    entityKind(label) === "vehicle"
      ? thresholds.entity.maxProbabilityVehicle
      : thresholds.entity.maxProbability;
  const times = mentions.map((m) => m.t);
  const bursts: Burst[] = [];
  for (const [i, first] of mentions.entries()) {
    for (const days of windowDays) {
      const end = Math.min(first.t + days * msPerDay, window.to);
      if (end <= window.from) continue;
      const last = lowerBound(times, end);
      const observed = last - i;
      if (observed < minReports) continue;
      const usual = expectedInWindow(
        times,
        first.t,
        first.t + days * msPerDay,
        window,
        thresholds,
      );
      const mean =
        usual === null
          ? null
          : usual * ctx.volume(first.t, first.t + days * msPerDay);
      if (mean === null || !isSurprising(observed, mean, maxProbability))
        continue;
      const reports = mentions.slice(i, last);
      if (new Set(reports.map((r) => r.portId)).size < minPorts) continue;
      bursts.push({
        start: first.t,
        end,
        reports,
        expected: mean,
        surprise: poissonSurprise(observed, mean),
        before:
          i - lowerBound(times, first.t - thresholds.baselineDays * msPerDay),
      });
    }
  }
  return bursts;
}

function toPattern(
  label: string,
  bursts: Burst[],
  ctx: DetectionContext,
): Pattern {
  const reports = [
    ...new Map(bursts.flatMap((b) => b.reports).map((r) => [r.id, r])).values(),
  ];
  const portIds = [...new Set(reports.map((r) => r.portId))];
  const strongest = bursts.reduce((a, b) => (b.surprise > a.surprise ? b : a));
  const first = Math.min(...reports.map((r) => r.t));
  const last = Math.max(...reports.map((r) => r.t));
  const kind = entityKind(label);
  return makePattern({
    kind: "shared_entity",
    key: entityKey(label),
    title: `${label} named at ${plural(portIds.length, "port")}`,
    why:
      `${plural(reports.length, "report")} from ${listOf(portIds.map((id) => portName(ctx.ports, id)))} between ${dateSpan(first, last)} ` +
      `name the ${kind} ${label}, which ${strongest.before === 0 ? "no report had named" : `only ${plural(strongest.before, "report")} had named`} ` +
      `in the 12 months before; ${expected(strongest.expected)} would be usual in ${plural(Math.round((strongest.end - strongest.start) / msPerDay), "day")}.`,
    category: null,
    entity: label,
    reports,
    score: Math.max(...bursts.map((b) => b.surprise)),
  });
}

export function detectSharedEntities(
  reports: readonly TimedFact[],
  ctx: DetectionContext,
): Pattern[] {
  const mentions = new Map<string, { label: string; reports: TimedFact[] }>();
  for (const report of reports) {
    for (const label of report.entities) {
      const key = entityKey(label);
      const entry = mentions.get(key);
      // A report naming the same thing twice is still one mention.
      if (!entry) mentions.set(key, { label, reports: [report] });
      else if (entry.reports[entry.reports.length - 1] !== report)
        entry.reports.push(report);
    }
  }
  const patterns: Pattern[] = [];
  for (const { label, reports: named } of mentions.values()) {
    if (
      new Set(named.map((r) => r.portId)).size < ctx.thresholds.entity.minPorts
    )
      continue;
    for (const group of mergeOverlapping(burstsOf(label, named, ctx)))
      patterns.push(toPattern(label, group, ctx));
  }
  return patterns;
}
