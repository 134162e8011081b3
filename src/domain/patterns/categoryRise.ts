// (a) The same category rising at several ports at once, each against its own usual rate: one
// port's bad month is noise, three ports' in the same weeks is worth an analyst's look.
import { reportCategories, type ReportCategory } from "../enums";
import { expectedInWindow, gridWindowStarts } from "./baseline";
import { msPerDay, type DetectionContext, type TimedFact } from "./facts";
import { makePattern, mergeOverlapping } from "./makePattern";
import type { Pattern } from "./pattern";
import { isSurprising, poissonSurprise } from "./poisson";
import { countBetween, groupByTime, lowerBound } from "./timeIndex";
import {
  categoryName,
  dateSpan,
  expected,
  listOf,
  plural,
  portName,
} from "./wording";

interface RisingPort {
  portId: string;
  observed: number;
  expected: number;
  reports: TimedFact[];
}

interface RiseEvent {
  start: number;
  end: number;
  ports: RisingPort[];
}

type PortSeries = ReadonlyMap<
  string,
  { times: number[]; reports: TimedFact[] }
>;

function risingPortsIn(
  byPort: PortSeries,
  category: ReportCategory,
  start: number,
  end: number,
  ctx: DetectionContext,
): RisingPort[] {
  const { minReportsPerPort, maxPortProbability } = ctx.thresholds.rise;
  const volume = ctx.volume(start, end, category);
  const rising: RisingPort[] = [];
  for (const [portId, { times, reports }] of byPort) {
    const observed = countBetween(times, start, end);
    if (observed < minReportsPerPort) continue;
    const usual = expectedInWindow(
      times,
      start,
      end,
      ctx.window,
      ctx.thresholds,
    );
    if (
      usual === null ||
      !isSurprising(observed, usual * volume, maxPortProbability)
    )
      continue;
    rising.push({
      portId,
      observed,
      expected: usual * volume,
      reports: reports.slice(lowerBound(times, start), lowerBound(times, end)),
    });
  }
  return rising;
}

function riseEvents(
  category: ReportCategory,
  reports: readonly TimedFact[],
  ctx: DetectionContext,
): RiseEvent[] {
  const byPort = new Map(
    [...groupByTime(reports, (r) => r.portId)].map(([portId, rs]) => [
      portId,
      { times: rs.map((r) => r.t), reports: rs },
    ]),
  );
  const events: RiseEvent[] = [];
  for (const days of ctx.thresholds.rise.windowDays) {
    for (const start of gridWindowStarts(
      ctx.window.from,
      ctx.window.to,
      days,
    )) {
      const end = Math.min(start + days * msPerDay, ctx.window.to);
      const ports = risingPortsIn(byPort, category, start, end, ctx);
      if (ports.length >= ctx.thresholds.rise.minPorts)
        events.push({ start, end, ports });
    }
  }
  return events;
}

/** Joint surprise of the rising ports: all their reports against all their expected reports. */
function eventSurprise(event: RiseEvent): number {
  const observed = event.ports.reduce((sum, p) => sum + p.observed, 0);
  const mean = event.ports.reduce((sum, p) => sum + p.expected, 0);
  return poissonSurprise(observed, mean);
}

function toPattern(
  category: ReportCategory,
  events: RiseEvent[],
  ctx: DetectionContext,
): Pattern {
  const best = new Map<string, RisingPort>();
  for (const port of events.flatMap((e) => e.ports)) {
    const seen = best.get(port.portId);
    if (!seen || port.observed / port.expected > seen.observed / seen.expected)
      best.set(port.portId, port);
  }
  const rising = [...best.values()].sort((a, b) => b.observed - a.observed);
  const reports = events.flatMap((e) => e.ports.flatMap((p) => p.reports));
  const first = Math.min(...reports.map((r) => r.t));
  const last = Math.max(...reports.map((r) => r.t));
  const label = categoryName(category);
  const detail = rising.map(
    (p) =>
      `${portName(ctx.ports, p.portId)} (${p.observed} against ${expected(p.expected)} expected)`,
  );
  return makePattern({
    kind: "category_rise",
    key: category,
    title: `${label} rising at ${plural(rising.length, "port")}`,
    why:
      `${label} reports rose together at ${listOf(detail)} between ${dateSpan(first, last)}, ` +
      `each well above the port's own rate over the previous 12 months (allowing for the season).`,
    category,
    entity: null,
    reports,
    score: Math.max(...events.map(eventSurprise)),
  });
}

export function detectCategoryRises(
  reports: readonly TimedFact[],
  ctx: DetectionContext,
): Pattern[] {
  const byCategory = groupByTime(reports, (r) => r.category);
  return reportCategories.flatMap((category) =>
    mergeOverlapping(
      riseEvents(category, byCategory.get(category) ?? [], ctx),
    ).map((group) => toPattern(category, group, ctx)),
  );
}
