// The mock's side of server/routes/reportsRepository.ts and reportWorkflowRepository.ts: the
// version check, transitions and assignment, each writing the timeline and a live notice. Run
// them inside MockDb.transaction so a failure part-way leaves nothing behind.
import {
  checkTransition,
  etagFor,
  ReportSchema,
  statusLabels,
  type CurrentUser,
  type Report,
  type TransitionRequestBody,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { contractResponse } from "./contractResponse";
import { fail, failField, ProblemError, reportNotFound } from "./problems";

/** The report if it is still at the version the caller read; otherwise 404, or 409 with it. */
export function lockReportAtVersion(
  db: MockDb,
  id: string,
  expectedVersion: number,
): Report {
  const report = findReportOr404(db, id);
  if (report.version !== expectedVersion) {
    fail(
      409,
      "conflict",
      `Someone else changed report ${report.reference} after you opened it (you had version ${expectedVersion}, it is now ${report.version}). Review their change, then apply yours again.`,
      { current: report },
    );
  }
  return report;
}

export function findReportOr404(db: MockDb, id: string): Report {
  const report = db.reportById(id);
  if (!report) throw new ProblemError(reportNotFound(id));
  return report;
}

/** A report answer carries its version as ETag. */
export function reportResponse(report: Report, status = 200): Response {
  return contractResponse(ReportSchema, report, {
    status,
    headers: { ETag: etagFor(report.version) },
  });
}

/** Which of `keys` differ between two versions of a report, for "Changed …" on the timeline. */
export function changedFields(
  before: Report,
  after: Report,
  keys: readonly (keyof Report)[],
): string[] {
  return keys.filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** The state machine decides; the problem for each refusal is worded as the server words it. */
export function applyTransition(
  db: MockDb,
  current: Report,
  request: TransitionRequestBody,
  actor: CurrentUser,
  now: Date,
): Report {
  const outcome = checkTransition(current, request, actor.roles);
  if (!outcome.ok) {
    if (outcome.kind === "forbidden") fail(403, "forbidden", outcome.message);
    if (outcome.kind === "invalid") {
      fail(
        409,
        "invalid_transition",
        `${current.reference}: ${outcome.message}`,
        { allowed: outcome.allowed },
      );
    }
    failField(outcome.field ?? "reason", outcome.message);
  }
  const closing = request.to === "closed";
  const next = db.saveReport(
    {
      ...current,
      status: request.to,
      closureReason: closing ? (request.closureReason ?? null) : null,
      closedAt: closing ? now.toISOString() : null,
      // Starting triage on an unassigned report makes it the officer's own.
      assigneeId:
        current.assigneeId ?? (request.to === "triage" ? actor.id : null),
      version: current.version + 1,
    },
    now,
  );
  db.appendEvent({
    reportId: current.id,
    kind: "transition",
    summary: `${outcome.rule.action}: ${statusLabels[current.status]} → ${statusLabels[request.to]}`,
    reason: request.reason?.trim() || null,
    actor,
    at: now,
  });
  db.notifyLive({
    type: "report.changed",
    id: current.id,
    version: next.version,
    actorId: actor.id,
  });
  return next;
}

/** The display name of a user who may be assigned reports; 400 for anyone else. */
export function assignableOfficerName(db: MockDb, assigneeId: string): string {
  const assignee = db.userById(assigneeId);
  if (!assignee || !assignee.roles.includes("desk")) {
    const message = "choose an active desk officer";
    failField("assigneeId", message, `assigneeId: ${message}`);
  }
  return assignee.displayName;
}

/** Assigns `current` (null unassigns); the name comes from assignableOfficerName. */
export function applyAssignment(
  db: MockDb,
  current: Report,
  assignee: { id: string; name: string } | null,
  actor: CurrentUser,
  now: Date,
): Report {
  const next = db.saveReport(
    {
      ...current,
      assigneeId: assignee?.id ?? null,
      version: current.version + 1,
    },
    now,
  );
  db.appendEvent({
    reportId: current.id,
    kind: "assigned",
    summary: assignee ? `Assigned to ${assignee.name}` : "Unassigned",
    actor,
    at: now,
  });
  db.notifyLive({
    type: "report.changed",
    id: current.id,
    version: next.version,
    actorId: actor.id,
  });
  return next;
}
