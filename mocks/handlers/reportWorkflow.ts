// The desk's workflow on reports (server/routes/reportWorkflow.ts): queue counts, claim next,
// transitions and assignment. Each command is checked by role here and by the domain's rules in
// reportWrites.ts, and is written to the timeline with a live notice.
import { http, HttpResponse, type HttpHandler } from "msw";
import {
  AssignRequestSchema,
  QueueCountsSchema,
  TransitionRequestSchema,
  type CurrentUser,
  type Report,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { requireIfMatch } from "./ifMatch";
import { countQueues } from "./queueViews";
import { reportIdParams } from "./reportPatch";
import {
  applyAssignment,
  applyTransition,
  assignableOfficerName,
  lockReportAtVersion,
  reportResponse,
} from "./reportWrites";

export function reportWorkflowHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get("*/api/reports/queues", () => {
      const denied = denyUnlessAllowed(db, "reports", "list");
      if (denied) return denied;
      const me = db.currentUser?.id ?? "";
      return contractResponse(
        QueueCountsSchema,
        countQueues(db.reports, me, db.now().getTime()),
      );
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/reports/claim",
      deny: () => denyUnlessAllowed(db, "reports", "edit"),
      handle: ({ user }) => {
        const claimed = db.transaction(() => claimNextReport(db, user));
        return claimed
          ? reportResponse(claimed)
          : new HttpResponse(null, { status: 204 });
      },
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/reports/:id/transitions",
      deny: () => denyUnlessAllowed(db, "reports", "edit"),
      params: reportIdParams,
      body: TransitionRequestSchema,
      handle: ({ params, body, request, user }) => {
        const version = requireIfMatch(request);
        const report = db.transaction(() =>
          applyTransition(
            db,
            lockReportAtVersion(db, params.id, version),
            body,
            user,
            db.now(),
          ),
        );
        return reportResponse(report);
      },
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/reports/:id/assignment",
      deny: () => denyUnlessAllowed(db, "reports", "edit"),
      params: reportIdParams,
      body: AssignRequestSchema,
      handle: ({ params, body, request, user }) => {
        const version = requireIfMatch(request);
        const report = db.transaction(() => {
          // The assignee is checked before the report is looked up, as on the server.
          const assignee = body.assigneeId
            ? {
                id: body.assigneeId,
                name: assignableOfficerName(db, body.assigneeId),
              }
            : null;
          const current = lockReportAtVersion(db, params.id, version);
          return applyAssignment(db, current, assignee, user, db.now());
        });
        return reportResponse(report);
      },
    }),
  ];
}

/**
 * The oldest unassessed, unassigned report (every new report has the same assessment clock, so
 * the oldest is the most urgent), moved into triage as the caller's; null when there is none.
 */
function claimNextReport(db: MockDb, actor: CurrentUser): Report | null {
  const claimable = db.reports.filter(
    (report) => report.status === "new" && report.assigneeId === null,
  );
  const oldest = claimable.reduce<Report | null>(
    (best, report) =>
      best === null || arrivedBefore(report, best) ? report : best,
    null,
  );
  if (!oldest) return null;
  const now = db.now();
  const next = db.saveReport(
    {
      ...oldest,
      status: "triage",
      assigneeId: actor.id,
      version: oldest.version + 1,
    },
    now,
  );
  db.appendEvent({
    reportId: oldest.id,
    kind: "claimed",
    summary: `Claimed by ${actor.displayName} and moved into triage`,
    actor,
    at: now,
  });
  db.notifyLive({
    type: "report.changed",
    id: oldest.id,
    version: next.version,
    actorId: actor.id,
  });
  return next;
}

function arrivedBefore(a: Report, b: Report): boolean {
  const byTime = Date.parse(a.receivedAt) - Date.parse(b.receivedAt);
  return byTime < 0 || (byTime === 0 && a.id < b.id);
}
