// Sorted timestamps per key, so "how many between a and b" is two binary searches. Every
// detector asks that question hundreds of thousands of times, for windows and baselines alike.

/** Index of the first element ≥ value in an ascending array. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values fall in [from, to). */
export function countBetween(
  sorted: readonly number[],
  from: number,
  to: number,
): number {
  return to <= from ? 0 : lowerBound(sorted, to) - lowerBound(sorted, from);
}

/** Groups items, which must already be in time order, by key; each group stays in time order. */
export function groupByTime<T extends { t: number }>(
  items: readonly T[],
  keyOf: (item: T) => string | null,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
