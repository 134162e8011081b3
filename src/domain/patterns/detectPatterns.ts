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
}

/** Patterns with reports in the window, strongest first. */
export function detectPatterns({
  reports,
  ports,
  window,
  thresholds = defaultPatternThresholds,
}: DetectPatternsInput): Pattern[] {
  const prepared = prepareWindow(window, thresholds.baselineDays, reports);
  const facts = timedFacts(reports, prepared);
  const ctx: DetectionContext = {
    window: prepared,
    ports: new Map(ports.map((p) => [p.id, p])),
    thresholds,
    volume: volumeFactorFor(facts, prepared, thresholds),
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
