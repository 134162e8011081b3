// Assembles a pattern from its evidence: ports, reports and dates always follow from the reports,
// and the id from the kind, key and report ids.
import type { ReportCategory } from "../enums";
import type { TimedFact } from "./facts";
import type { Pattern, PatternKind } from "./pattern";
import { stableHash } from "./patternId";

export interface PatternDraft {
  kind: PatternKind;
  /** What the pattern is about: a category or an entity key. */
  key: string;
  title: string;
  why: string;
  category: ReportCategory | null;
  entity: string | null;
  reports: readonly TimedFact[];
  score: number;
}

export function makePattern(draft: PatternDraft): Pattern {
  const reports = [
    ...new Map(draft.reports.map((r) => [r.id, r])).values(),
  ].sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
  const reportIds = reports.map((r) => r.id);
  return {
    id: stableHash([draft.kind, draft.key, ...[...reportIds].sort()]),
    kind: draft.kind,
    title: draft.title,
    why: draft.why,
    category: draft.category,
    entity: draft.entity,
    portIds: [...new Set(reports.map((r) => r.portId))].sort(),
    reportIds,
    from: new Date(reports[0]?.t ?? 0).toISOString(),
    to: new Date(reports[reports.length - 1]?.t ?? 0).toISOString(),
    score: Math.round(Math.min(draft.score, 99) * 10) / 10,
  };
}

/** Merges items whose [start, end) spans overlap, in start order. */
export function mergeOverlapping<T extends { start: number; end: number }>(
  items: readonly T[],
): T[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const groups: T[][] = [];
  let groupEnd = -Infinity;
  for (const item of sorted) {
    const current = groups[groups.length - 1];
    if (current && item.start < groupEnd) {
      current.push(item);
      groupEnd = Math.max(groupEnd, item.end);
    } else {
      groups.push([item]);
      groupEnd = item.end;
    }
  }
  return groups;
}
