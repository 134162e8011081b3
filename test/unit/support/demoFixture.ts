// One demo dataset per test file, generated for a fixed instant so every number is reproducible.
import { generateDemoDataset } from "../../../demo";

export const fixtureNow = new Date("2026-11-21T09:00:00Z");
export const fixtureNowMs = fixtureNow.getTime();
export const msPerDay = 86_400_000;

export const dataset = generateDemoDataset({ now: fixtureNow });

/** Counts per key, e.g. reports per category. */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items)
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function share<T>(
  items: readonly T[],
  predicate: (item: T) => boolean,
): number {
  return items.filter(predicate).length / items.length;
}
