// Statistical disclosure control for figures shared outside the desk (DESIGN.md §7, issue #14):
// every published count is rounded to base 5 on its own, from the data. 0 stays 0, 1–4 is shown
// as "<5" (null), anything else goes to the nearest multiple of 5. Totals are rounded from their
// own true value, never summed from rounded parts, so every published number is a multiple of 5
// (or "<5") and no sum or difference of published numbers can come to 1–4: subtracting one figure
// from another, however the windows, ports or categories are chosen, cannot give a small count.
// Rounding is not proof against every inference: sliding a window's edge to find where a figure
// flips (10 → 15) can still find an exact count; README "Statistical disclosure control" says so.
import { z } from "zod";
import type { Role } from "./enums";

/** Every published count is a multiple of this (or "<5"). */
export const roundingBase = 5;
export const suppressedLabel = "<5";
export const disclosureNote =
  "Counts rounded to the nearest 5; 1–4 shown as <5; totals rounded separately, so parts may not add up to the total.";

/** A count; null when the true count is 1 to 4 (shown "<5"). */
export const CountCellSchema = z.number().int().min(0).nullable();
export type CountCell = z.infer<typeof CountCellSchema>;

/** How a count reads in a table, a tooltip or a CSV cell: "<5" for 1 to 4 when protected. */
export function formatCount(cell: CountCell): string {
  return cell === null ? suppressedLabel : String(cell);
}

export const SuppressionSchema = z
  .object({
    /** True when counts are published values: always for managers, on request (`safe=1`) for others. */
    applied: z.boolean(),
    method: z.literal("round-5"),
    base: z.literal(roundingBase),
    /** How a count of 1 to 4 reads. */
    smallLabel: z.literal(suppressedLabel),
    /** The method in one sentence, for a caption, a picture's footnote or a CSV file. */
    note: z.literal(disclosureNote),
  })
  .meta({ id: "Suppression" });
export type Suppression = z.infer<typeof SuppressionSchema>;

export function suppression(applied: boolean): Suppression {
  return {
    applied,
    method: "round-5",
    base: roundingBase,
    smallLabel: suppressedLabel,
    note: disclosureNote,
  };
}

/**
 * The published value of one true count: 0 for 0, null ("<5") for 1–4, otherwise the nearest
 * multiple of 5 (5–7 → 5, 8–12 → 10, 13–17 → 15). Idempotent on multiples of 5.
 */
export function publishedCount(n: number): CountCell {
  if (n <= 0) return 0;
  if (n < roundingBase) return null;
  return Math.round(n / roundingBase) * roundingBase;
}

/** A true count as the caller may see it: exact, or its published value when `applied`. */
export function protectCount(n: number, applied: boolean): CountCell {
  return applied ? publishedCount(n) : n;
}

/** Each true count protected on its own (totals among them, from their own true values). */
export function protectCounts(
  counts: readonly number[],
  applied: boolean,
): CountCell[] {
  return counts.map((n) => protectCount(n, applied));
}

/** Where "<5" sorts among published counts (between 0 and 5), for ranking and medians. */
export const smallCountRank = 2.5;

/** A count as a number to rank or compare by: "<5" as 2.5, so an order tells no more than the values. */
export function countRank(cell: CountCell): number {
  return cell ?? smallCountRank;
}

/**
 * Whether counts must be published values whatever the caller asks: true for anyone outside the
 * desk (a manager), false for desk officers and analysts, who may still ask with `safe=1`.
 */
export function suppressionForced(roles: readonly Role[]): boolean {
  return !roles.some((role) => role === "desk" || role === "analyst");
}
