// /api/reports: the triage queue (filtered by the desk's queue views, forces and the rest) and
// the report record. Only the desk and analysts may read report text; only the desk may change
// it (src/domain/permissions.ts).
import type { HttpHandler } from "msw";
import {
  ReportListQuerySchema,
  ReportSchema,
  riskLevels,
  type Report,
  type ReportListQuery,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { anyOf, containsText, listHandler, type SortValue } from "./listRoute";
import { reportNotFound } from "./problems";
import { inQueueView } from "./queueViews";
import { recordHandler } from "./recordRoute";
import { reportIdSchema, reportPatchHandler } from "./reportPatch";

export function reportHandlers(db: MockDb): HttpHandler[] {
  return [
    listHandler({
      path: "*/api/reports",
      querySchema: ReportListQuerySchema,
      itemSchema: ReportSchema,
      deny: () => denyUnlessAllowed(db, "reports", "list"),
      rows: () => db.reports,
      matches: (report, query) =>
        reportMatches(db, report, query, db.now().getTime()),
      sortValue: reportSortValue,
    }),
    recordHandler({
      path: "*/api/reports/:id",
      idSchema: reportIdSchema,
      notFound: reportNotFound,
      itemSchema: ReportSchema,
      deny: () => denyUnlessAllowed(db, "reports", "show"),
      rows: () => db.reports,
    }),
    reportPatchHandler(db),
  ];
}

function reportMatches(
  db: MockDb,
  report: Report,
  query: ReportListQuery,
  nowMs: number,
): boolean {
  const receivedMs = Date.parse(report.receivedAt);
  const port = db.portById(report.portId);
  return (
    anyOf(query.id, report.id) &&
    // "mine" is the signed-in user's; the list is refused before this runs without one.
    (query.view === undefined ||
      inQueueView(query.view, report, db.currentUser?.id ?? "", nowMs)) &&
    (query.force === undefined ||
      (port !== undefined &&
        query.force.includes(port.territorialPoliceForce))) &&
    anyOf(query.status, report.status) &&
    (query.risk === undefined ||
      (report.risk !== null && query.risk.includes(report.risk))) &&
    anyOf(query.category, report.category) &&
    (query.insiderType === undefined ||
      (report.insiderType !== null &&
        query.insiderType.includes(report.insiderType))) &&
    anyOf(query.channel, report.channel) &&
    anyOf(query.portId, report.portId) &&
    (query.nation === undefined ||
      (port !== undefined && query.nation.includes(port.nation))) &&
    (query.assigneeId === undefined ||
      report.assigneeId === query.assigneeId) &&
    // receivedFrom is inclusive and receivedTo exclusive, so consecutive windows never overlap.
    (query.receivedFrom === undefined ||
      receivedMs >= Date.parse(query.receivedFrom)) &&
    (query.receivedTo === undefined ||
      receivedMs < Date.parse(query.receivedTo)) &&
    containsText([report.reference, report.summary, report.details], query.q)
  );
}

/** Risk sorts by urgency (ascending = immediate first); unassessed reports come last either way. */
function reportSortValue(
  report: Report,
  field: ReportListQuery["sort"],
): SortValue {
  if (field === "risk")
    return report.risk === null ? null : riskLevels.indexOf(report.risk);
  return report[field];
}
