// Bulk actions on exactly the selected reports, all or nothing: if any report has changed since
// the officer saw it, or the action does not apply to one of them, nothing is written.
import {
  applyReportPatch,
  type BulkAction,
  type CurrentUser,
  type Report,
  type SlaPolicy,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import { problem } from "../http/problems";
import { linkReports } from "./reportLinksRepository";
import {
  applyAssignment,
  applyTransition,
  assignableOfficerName,
} from "./reportWorkflowRepository";
import { appendReportEvent } from "./reportEventsRepository";
import {
  lockReportAtVersion,
  saveReport,
  changedFields,
} from "./reportsRepository";
import { notifyLive } from "../live/notify";

async function categorise(
  tx: Transaction,
  current: Report,
  action: Extract<BulkAction, { action: "categorise" }>,
  actor: CurrentUser,
  now: Date,
  policy: SlaPolicy,
) {
  const patch = {
    category: action.category,
    ...(action.insiderType !== undefined
      ? { insiderType: action.insiderType }
      : {}),
  };
  const outcome = applyReportPatch(current, patch, now);
  if (!outcome.ok)
    throw problem(
      400,
      "validation",
      `${current.reference}: ${outcome.message}`,
      { errors: [{ field: outcome.field, message: outcome.message }] },
    );
  const next = await saveReport(tx, outcome.report, now, policy);
  const changed = changedFields(current, next, ["category", "insiderType"]);
  if (changed.length)
    await appendReportEvent(tx, {
      reportId: current.id,
      kind: "updated",
      summary: `Changed ${changed.join(", ")} (bulk)`,
      actor,
      at: now,
    });
  await notifyLive(tx, {
    type: "report.changed",
    id: current.id,
    version: next.version,
    actorId: actor.id,
  });
  return next;
}

export async function applyBulkAction(
  db: Queryable,
  action: BulkAction,
  actor: CurrentUser,
  policy: SlaPolicy,
  now = new Date(),
): Promise<Report[]> {
  const ids = action.items.map((item) => item.id);
  if (new Set(ids).size !== ids.length) {
    throw problem(400, "validation", "each report may be selected once", {
      errors: [{ field: "items", message: "each report may be selected once" }],
    });
  }
  return db.transaction(async (tx) => {
    const assignee =
      action.action === "assign" && action.assigneeId
        ? {
            id: action.assigneeId,
            name: await assignableOfficerName(tx, action.assigneeId),
          }
        : null;
    if (
      action.action === "close_duplicate" &&
      ids.includes(action.duplicateOfId)
    ) {
      const message =
        "the report they duplicate cannot be one of the selected reports";
      throw problem(400, "validation", message, {
        errors: [{ field: "duplicateOfId", message }],
      });
    }
    const results: Report[] = [];
    // Lock in id order so two bulk actions over overlapping selections cannot deadlock.
    for (const item of [...action.items].sort((a, b) =>
      a.id.localeCompare(b.id),
    )) {
      const current = await lockReportAtVersion(tx, item.id, item.version);
      if (action.action === "assign")
        results.push(
          await applyAssignment(tx, current, assignee, actor, now, policy),
        );
      if (action.action === "categorise")
        results.push(await categorise(tx, current, action, actor, now, policy));
      if (action.action === "close_duplicate") {
        await linkReports(
          tx,
          item.id,
          action.duplicateOfId,
          "duplicate",
          actor,
          now,
        );
        results.push(
          await applyTransition(
            tx,
            current,
            { to: "closed", reason: action.reason, closureReason: "duplicate" },
            actor,
            now,
            policy,
          ),
        );
      }
    }
    return results;
  });
}
