// The human side of a pattern: titles and "why" sentences an analyst can read aloud.
import { categoryLabels, type ReportCategory } from "../enums";
import type { PatternPortFact } from "./facts";

const months = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "2 Oct 2026" in UTC; written out because Intl differs between runtimes. */
export function shortDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** For "between …": "2 Oct 2026 and 9 Oct 2026". */
export function dateSpan(from: number, to: number): string {
  return `${shortDate(from)} and ${shortDate(to)}`;
}

export function expected(value: number): string {
  return value < 0.1 ? "under 0.1" : value.toFixed(1);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function portName(
  ports: ReadonlyMap<string, PatternPortFact>,
  id: string,
): string {
  return ports.get(id)?.name ?? id;
}

export function categoryName(category: ReportCategory): string {
  return categoryLabels[category];
}

/** "A, B and C" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
