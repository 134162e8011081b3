// What the detector needs to know, and nothing more: no report text, no people.
import type { InsiderType, Nation, ReportCategory } from "../enums";
import type { PatternThresholds } from "./thresholds";

export interface PatternReportFact {
  id: string;
  portId: string;
  /** ISO date-time. */
  receivedAt: string;
  category: ReportCategory;
  insiderType: InsiderType | null;
  /** Vessels, companies and registrations named in the report (see extractEntities). */
  entities: readonly string[];
}

export interface PatternPortFact {
  id: string;
  name?: string;
  lat: number;
  lon: number;
  nation: Nation;
}

export interface PatternWindow {
  /** ISO date-time: patterns must have reports on or after this instant. */
  from: string;
  /** ISO date-time (exclusive): nothing at or after it is counted. */
  to: string;
  /**
   * Where the supplied history starts. Baselines never reach before it, so a young database is
   * not mistaken for a quiet one. Defaults to the baseline period before `from`, or the earliest
   * report supplied if that is later.
   */
  historyFrom?: string;
}

export const msPerDay = 86_400_000;

/** A report fact with its time parsed once. */
export interface TimedFact extends PatternReportFact {
  t: number;
}

export interface PreparedWindow {
  from: number;
  to: number;
  historyFrom: number;
}

export function prepareWindow(
  window: PatternWindow,
  baselineDays: number,
  reports: readonly PatternReportFact[],
): PreparedWindow {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  if (window.historyFrom)
    return { from, to, historyFrom: Date.parse(window.historyFrom) };
  const earliest = reports.reduce(
    (min, r) => Math.min(min, Date.parse(r.receivedAt)),
    Infinity,
  );
  return {
    from,
    to,
    historyFrom: Math.max(from - baselineDays * msPerDay, earliest),
  };
}

/** The facts within the history and before `to`, timed and in time order (ties by id). */
export function timedFacts(
  reports: readonly PatternReportFact[],
  window: PreparedWindow,
): TimedFact[] {
  const timed: TimedFact[] = [];
  for (const report of reports) {
    const t = Date.parse(report.receivedAt);
    if (t < window.historyFrom || t >= window.to) continue;
    // Built field by field: one object shape keeps the hot loops fast at 100k reports.
    const { id, portId, receivedAt, category, insiderType, entities } = report;
    timed.push({ id, portId, receivedAt, category, insiderType, entities, t });
  }
  return timed.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
}

/** Everything a detector needs besides the facts themselves. */
export interface DetectionContext {
  window: PreparedWindow;
  ports: ReadonlyMap<string, PatternPortFact>;
  thresholds: PatternThresholds;
  /** National volume correction for a window (see volumeFactorFor). */
  volume: (start: number, end: number, excludeCategory?: string) => number;
}
