// Small-count suppression for figures shared outside the desk (DESIGN.md §7): counts of 1–4
// are hidden, and so is any count that would let someone work a hidden one out by subtraction.
// Hidden counts travel as null; the app and CSV exports show them as "<5" (formatCount).
import { z } from "zod";
import type { Role } from "./enums";

export const suppressionThreshold = 5;
export const suppressedLabel = "<5";

/** A count; null when suppressed (1 to 4 reports, or a cell that would give one away by subtraction). */
export const CountCellSchema = z.number().int().min(0).nullable();
export type CountCell = z.infer<typeof CountCellSchema>;

/** How a count reads in a table, a tooltip or a CSV cell: "<5" when suppressed. */
export function formatCount(cell: CountCell): string {
  return cell === null ? suppressedLabel : String(cell);
}

export const SuppressionSchema = z
  .object({
    /** True when small counts were suppressed: always for managers, on request (`safe=1`) for others. */
    applied: z.boolean(),
    threshold: z.literal(suppressionThreshold),
    label: z.literal(suppressedLabel),
  })
  .meta({ id: "Suppression" });
export type Suppression = z.infer<typeof SuppressionSchema>;

export function suppression(applied: boolean): Suppression {
  return { applied, threshold: suppressionThreshold, label: suppressedLabel };
}

const isSmall = (n: number) => n > 0 && n < suppressionThreshold;

/** A published total and the published counts it is the sum of, as indexes into one list of counts. */
export interface SumConstraint {
  total: number;
  parts: readonly number[];
}

/**
 * Which counts to hide so a table is safe to share. Primary: every count of 1–4. Secondary: a
 * total and its parts form an equation, and an equation with exactly one hidden member gives that
 * member away by subtraction, so another member is hidden too — the smallest visible non-zero
 * part, or the total when no part is left. Repeats until every equation hides none or at least
 * two, since hiding one count can expose another equation it belongs to.
 */
export function countsToHide(
  counts: readonly number[],
  sums: readonly SumConstraint[],
): boolean[] {
  const hidden = counts.map(isSmall);
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of sums) {
      const members = [total, ...parts];
      if (members.filter((i) => hidden[i]).length !== 1) continue;
      const visibleParts = parts.filter(
        (i) => !hidden[i] && (counts[i] ?? 0) > 0,
      );
      const next =
        visibleParts.sort(
          (a, b) => (counts[a] ?? 0) - (counts[b] ?? 0) || a - b,
        )[0] ?? total;
      if (hidden[next]) continue;
      hidden[next] = true;
      changed = true;
    }
  }
  return hidden;
}

/** The counts as cells: null where hidden, the number otherwise. */
export function applySuppression(
  counts: readonly number[],
  sums: readonly SumConstraint[],
  applied: boolean,
): CountCell[] {
  if (!applied) return [...counts];
  const hidden = countsToHide(counts, sums);
  return counts.map((n, i) => (hidden[i] ? null : n));
}

/**
 * Whether small counts must be hidden whatever the caller asks: true for anyone outside the desk
 * (a manager), false for desk officers and analysts, who may still ask with `safe=1`.
 */
export function suppressionForced(roles: readonly Role[]): boolean {
  return !roles.some((role) => role === "desk" || role === "analyst");
}

/** A count published on its own, with no total to subtract it from. */
export function suppressCount(n: number, applied: boolean): CountCell {
  return applied && isSmall(n) ? null : n;
}
