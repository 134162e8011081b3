// The usual rate of something (a category at a port, a name anywhere), measured over the trailing
// year before a window and scaled to the window's length.
import { msPerDay, type PreparedWindow } from "./facts";
import type { PatternThresholds } from "./thresholds";
import { countBetween } from "./timeIndex";

/**
 * Reports expected in [start, end) at the rate seen in the baseline before `start`, or null when
 * there is too little history to say what is usual.
 */
export function expectedInWindow(
  sortedTimes: readonly number[],
  start: number,
  end: number,
  window: PreparedWindow,
  thresholds: PatternThresholds,
): number | null {
  const baselineFrom = Math.max(
    start - thresholds.baselineDays * msPerDay,
    window.historyFrom,
  );
  const baselineDays = (start - baselineFrom) / msPerDay;
  if (baselineDays < thresholds.minBaselineDays) return null;
  const perDay =
    (countBetween(sortedTimes, baselineFrom, start) +
      thresholds.baselinePrior) /
    baselineDays;
  return (perDay * (end - start)) / msPerDay;
}

/** Monday 5 January 1970, 00:00 UTC: scan windows start on Mondays so every request sees the same grid. */
const gridEpoch = 4 * msPerDay;
const gridStep = 7 * msPerDay;

/** Starts of the weekly grid windows of `lengthDays` that overlap [from, to). */
export function gridWindowStarts(
  from: number,
  to: number,
  lengthDays: number,
): number[] {
  const length = lengthDays * msPerDay;
  const first =
    gridEpoch +
    Math.floor((from - length - gridEpoch) / gridStep + 1) * gridStep;
  const starts: number[] = [];
  for (let s = first; s < to; s += gridStep)
    if (s + length > from) starts.push(s);
  return starts;
}

/** Scales a trailing-year expectation to the national volume of the window (see volumeFactorFor). */
export type VolumeFactor = (
  start: number,
  end: number,
  excludeCategory?: string,
) => number;

/**
 * Summer is busier than winter everywhere and the scheme grows year on year, so a port's
 * trailing-year rate under-predicts July and over-predicts January. The ratio of national reports
 * in the window to what the national trailing rate predicts corrects for both (indirect
 * standardisation). The category under test is left out, so a campaign cannot hide itself by
 * raising the national figure.
 */
export function volumeFactorFor(
  facts: readonly { t: number; category: string }[],
  window: PreparedWindow,
  thresholds: PatternThresholds,
): VolumeFactor {
  const all = facts.map((f) => f.t);
  const byCategory = new Map<string, number[]>();
  for (const f of facts) {
    const times = byCategory.get(f.category);
    if (times) times.push(f.t);
    else byCategory.set(f.category, [f.t]);
  }
  return (start, end, excludeCategory) => {
    const expectedAll = expectedInWindow(all, start, end, window, thresholds);
    if (expectedAll === null) return 1;
    const own = excludeCategory ? (byCategory.get(excludeCategory) ?? []) : [];
    const observed =
      countBetween(all, start, end) - countBetween(own, start, end);
    const expectedOthers =
      expectedAll -
      (excludeCategory
        ? (expectedInWindow(own, start, end, window, thresholds) ?? 0)
        : 0);
    return Math.min(2, Math.max(0.5, (observed + 1) / (expectedOthers + 1)));
  };
}
