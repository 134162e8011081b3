// The cross-port pattern detector: pure, deterministic, no database and no framework. Given the
// facts of the reports in a window plus the year before it, it returns what an analyst should look at.
import { volumeFactorFor } from "./baseline";
import { detectCategoryRises } from "./categoryRise";
import {
  prepareWindow,
  timedFacts,
  type DetectionContext,
  type PatternPortFact,
  type PatternReportFact,
  type PatternWindow,
} from "./facts";
import type { Pattern } from "./pattern";
import { detectSharedEntities } from "./sharedEntities";
import { detectSpaceTimeClusters } from "./spaceTimeClusters";
import { defaultPatternThresholds, type PatternThresholds } from "./thresholds";

export interface DetectPatternsInput {
  reports: readonly PatternReportFact[];
  ports: readonly PatternPortFact[];
  window: PatternWindow;
  thresholds?: PatternThresholds;
  /**
   * Every report's time and category, whatever filters chose `reports`: the national volume
   * correction (volumeFactorFor) is a property of the season, not of the filter. Without it, a
   * category filter leaves no other categories to measure the season by, and a rise found on
   * the unfiltered map could vanish when filtered to its own category. Defaults to `reports`.
   */
  volumeReports?: readonly { receivedAt: string; category: string }[];
}

/** Patterns with reports in the window, strongest first. */
export function detectPatterns({
  reports,
  ports,
  window,
  thresholds = defaultPatternThresholds,
  volumeReports = reports,
}: DetectPatternsInput): Pattern[] {
  const prepared = prepareWindow(window, thresholds.baselineDays, reports);
  const facts = timedFacts(reports, prepared);
  const ctx: DetectionContext = {
    window: prepared,
    ports: new Map(ports.map((p) => [p.id, p])),
    thresholds,
    volume: volumeFactorFor(
      // Sorted by time, as the window counts (binary searches) expect.
      volumeReports
        .flatMap(({ receivedAt, category }) => {
          const t = Date.parse(receivedAt);
          return t >= prepared.historyFrom && t < prepared.to
            ? [{ t, category }]
            : [];
        })
        .sort((x, y) => x.t - y.t),
      prepared,
      thresholds,
    ),
  };
  const patterns = [
    ...detectCategoryRises(facts, ctx),
    ...detectSharedEntities(facts, ctx),
    ...detectSpaceTimeClusters(facts, ctx),
  ];
  const fromIso = new Date(prepared.from).toISOString();
  return patterns
    .filter((p) => p.to >= fromIso)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
