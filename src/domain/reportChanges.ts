// How a change to a report's assessment fields plays out, as one pure function that the server
// applies to every PATCH and bulk change, so they cannot disagree.
import { insiderTypeProblem, type Report, type ReportPatch } from "./report";
import { slaDueAt, type SlaPolicy } from "./sla";

export type PatchOutcome =
  | { ok: true; report: Report }
  | { ok: false; field: "insiderType"; message: string };

/**
 * Moving a report out of insider threat clears its insider type unless the patch sets one; the
 * first risk ever set stamps firstAssessedAt and restarts the clock; the version goes up by one.
 */
export function applyReportPatch(
  current: Report,
  patch: ReportPatch,
  now: Date,
  policy?: SlaPolicy,
): PatchOutcome {
  const category = patch.category ?? current.category;
  const insiderType =
    patch.insiderType !== undefined
      ? patch.insiderType
      : category === "insider_threat"
        ? current.insiderType
        : null;
  const problem = insiderTypeProblem(category, insiderType);
  if (problem) return { ok: false, field: "insiderType", message: problem };
  const updatedAt = new Date(
    Math.max(now.getTime(), Date.parse(current.updatedAt)),
  ).toISOString();
  const next: Report = {
    ...current,
    ...patch,
    category,
    insiderType,
    firstAssessedAt: current.firstAssessedAt ?? (patch.risk ? updatedAt : null),
    updatedAt,
    version: current.version + 1,
  };
  next.slaDueAt = slaDueAt(next, policy)?.toISOString() ?? null;
  return { ok: true, report: next };
}
