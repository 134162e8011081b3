// Ports placed on the maturity × report-volume matrix. Low maturity is a mean below 2
// ("Developing") or no completed assessment; high volume is at or above the median port's report
// count. Rows arrive from the server most in need first (see maturityPriority in the domain).
import { countRank, type MaturityVolume } from "../../domain";

export const lowMaturityBelow = 2;

export type MaturityLevel = "low" | "high";
export type VolumeLevel = "high" | "low";

export function medianReports(rows: readonly MaturityVolume[]): number {
  // Report volumes are published values ("<5" ranks as 2.5: countRank).
  const counts = rows
    .map((row) => countRank(row.reports))
    .sort((a, b) => a - b);
  if (counts.length === 0) return 0;
  const middle = Math.floor(counts.length / 2);
  const median =
    counts.length % 2 === 1
      ? counts[middle]!
      : (counts[middle - 1]! + counts[middle]!) / 2;
  // A port with no reports is never "high volume", however quiet the others are.
  return Math.max(1, median);
}

export function maturityLevel(row: MaturityVolume): MaturityLevel {
  return row.averageMaturity === null || row.averageMaturity < lowMaturityBelow
    ? "low"
    : "high";
}

export function volumeLevel(row: MaturityVolume, median: number): VolumeLevel {
  return countRank(row.reports) >= median ? "high" : "low";
}

/** Counts per cell: `${maturity}|${volume}`. */
export function matrixCounts(
  rows: readonly MaturityVolume[],
  median: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = `${maturityLevel(row)}|${volumeLevel(row, median)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
