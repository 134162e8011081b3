// POST /api/reports/bulk (server/routes/reportBulkRepository.ts): assign, categorise or close as
// duplicate exactly the selected reports, all or nothing. If any report changed since the officer
// saw it, or the action does not apply to one of them, nothing is written.
import type { HttpHandler } from "msw";
import {
  applyReportPatch,
  BulkActionSchema,
  BulkResultSchema,
  type BulkAction,
  type CurrentUser,
  type Report,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { failField } from "./problems";
import { linkReports } from "./reportLinks";
import {
  applyAssignment,
  applyTransition,
  assignableOfficerName,
  changedFields,
  lockReportAtVersion,
} from "./reportWrites";

export function reportBulkHandler(db: MockDb): HttpHandler {
  return checkedHandler(db, {
    method: "post",
    path: "*/api/reports/bulk",
    deny: () => denyUnlessAllowed(db, "reports", "edit"),
    body: BulkActionSchema,
    handle: ({ body, user }) => {
      const data = applyBulkAction(db, body, user);
      return contractResponse(BulkResultSchema, { updated: data.length, data });
    },
  });
}

function applyBulkAction(
  db: MockDb,
  action: BulkAction,
  actor: CurrentUser,
): Report[] {
  const ids = action.items.map((item) => item.id);
  if (new Set(ids).size !== ids.length) {
    failField("items", "each report may be selected once");
  }
  return db.transaction(() => {
    const now = db.now();
    const assignee =
      action.action === "assign" && action.assigneeId
        ? {
            id: action.assigneeId,
            name: assignableOfficerName(db, action.assigneeId),
          }
        : null;
    if (
      action.action === "close_duplicate" &&
      ids.includes(action.duplicateOfId)
    ) {
      failField(
        "duplicateOfId",
        "the report they duplicate cannot be one of the selected reports",
      );
    }
    // In id order, as the server locks them; the first refusal decides the answer.
    const items = [...action.items].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    return items.map((item) => {
      const current = lockReportAtVersion(db, item.id, item.version);
      switch (action.action) {
        case "assign":
          return applyAssignment(db, current, assignee, actor, now);
        case "categorise":
          return categorise(db, current, action, actor, now);
        case "close_duplicate":
          linkReports(
            db,
            item.id,
            action.duplicateOfId,
            "duplicate",
            actor,
            now,
          );
          return applyTransition(
            db,
            current,
            { to: "closed", reason: action.reason, closureReason: "duplicate" },
            actor,
            now,
          );
      }
    });
  });
}

function categorise(
  db: MockDb,
  current: Report,
  action: Extract<BulkAction, { action: "categorise" }>,
  actor: CurrentUser,
  now: Date,
): Report {
  const patch = {
    category: action.category,
    ...(action.insiderType !== undefined
      ? { insiderType: action.insiderType }
      : {}),
  };
  const outcome = applyReportPatch(current, patch, now);
  if (!outcome.ok) {
    failField(
      outcome.field,
      outcome.message,
      `${current.reference}: ${outcome.message}`,
    );
  }
  const next = db.saveReport(outcome.report, now);
  const changed = changedFields(current, next, ["category", "insiderType"]);
  if (changed.length > 0) {
    db.appendEvent({
      reportId: current.id,
      kind: "updated",
      summary: `Changed ${changed.join(", ")} (bulk)`,
      actor,
      at: now,
    });
  }
  db.notifyLive({
    type: "report.changed",
    id: current.id,
    version: next.version,
    actorId: actor.id,
  });
  return next;
}
