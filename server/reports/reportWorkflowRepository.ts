// The desk's workflow commands on reports: transitions, claim next, assignment. Each locks the
// row, checks the version the caller read, applies the domain rules, writes the timeline and
// notifies live listeners, all in one transaction.
import { and, asc, eq, sql } from "drizzle-orm";
import {
  checkTransition,
  statusLabels,
  type CurrentUser,
  type Report,
  type SlaPolicy,
  type TransitionRequestBody,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import { reports, users } from "../db/schema";
import { notifyLive } from "../live/notify";
import { problem } from "../http/problems";
import { appendReportEvent } from "./reportEventsRepository";
import { lockReportAtVersion, saveReport, toReport } from "./reportsRepository";

/** Applies a transition to a locked report: domain checks, save, timeline, live notice. */
export async function applyTransition(
  tx: Transaction,
  current: Report,
  request: TransitionRequestBody,
  actor: CurrentUser,
  now: Date,
  policy: SlaPolicy,
): Promise<Report> {
  const outcome = checkTransition(current, request, actor.roles);
  if (!outcome.ok) {
    if (outcome.kind === "forbidden")
      throw problem(403, "forbidden", outcome.message);
    if (outcome.kind === "invalid") {
      throw problem(
        409,
        "invalid_transition",
        `${current.reference}: ${outcome.message}`,
        { allowed: outcome.allowed },
      );
    }
    const field = outcome.field ?? "reason";
    throw problem(400, "validation", outcome.message, {
      errors: [{ field, message: outcome.message }],
    });
  }
  const closing = request.to === "closed";
  const next = await saveReport(
    tx,
    {
      ...current,
      status: request.to,
      closureReason: closing ? request.closureReason! : null,
      closedAt: closing ? now.toISOString() : null,
      // Starting triage on an unassigned report makes it the officer's own.
      assigneeId:
        current.assigneeId ?? (request.to === "triage" ? actor.id : null),
      version: current.version + 1,
    },
    now,
    policy,
  );
  await appendReportEvent(tx, {
    reportId: current.id,
    kind: "transition",
    summary: `${outcome.rule.action}: ${statusLabels[current.status]} → ${statusLabels[request.to]}`,
    reason: request.reason?.trim() || null,
    detail: {
      from: current.status,
      to: request.to,
      closureReason: request.closureReason ?? null,
    },
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

export async function transitionReport(
  db: Queryable,
  id: string,
  expectedVersion: number,
  request: TransitionRequestBody,
  actor: CurrentUser,
  policy: SlaPolicy,
  now = new Date(),
): Promise<Report> {
  return db.transaction(async (tx) =>
    applyTransition(
      tx,
      await lockReportAtVersion(tx, id, expectedVersion),
      request,
      actor,
      now,
      policy,
    ),
  );
}

/**
 * Gives the caller the most urgent unassessed, unassigned report (the oldest: every new report has
 * the same assessment clock) and moves it into triage. SKIP LOCKED lets concurrent claims pass
 * over a row another officer is claiming, so each gets a different report and none waits.
 */
export async function claimNextReport(
  db: Queryable,
  actor: CurrentUser,
  policy: SlaPolicy,
  now = new Date(),
): Promise<Report | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.status, "new"), sql`${reports.assigneeId} is null`))
      .orderBy(asc(reports.receivedAt), asc(reports.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!row) return null;
    const current = toReport(row);
    const next = await saveReport(
      tx,
      {
        ...current,
        status: "triage",
        assigneeId: actor.id,
        version: current.version + 1,
      },
      now,
      policy,
    );
    await appendReportEvent(tx, {
      reportId: current.id,
      kind: "claimed",
      summary: `Claimed by ${actor.displayName} and moved into triage`,
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
  });
}

/** The display name of a user who may be assigned reports; 400 for anyone else. */
export async function assignableOfficerName(
  tx: Transaction,
  assigneeId: string,
): Promise<string> {
  const [assignee] = await tx
    .select()
    .from(users)
    .where(eq(users.id, assigneeId))
    .limit(1);
  if (!assignee || assignee.disabled || !assignee.roles.includes("desk")) {
    const message = "choose an active desk officer";
    throw problem(400, "validation", `assigneeId: ${message}`, {
      errors: [{ field: "assigneeId", message }],
    });
  }
  return assignee.displayName;
}

/** Assigns a locked report (null unassigns); `assigneeName` from assignableOfficerName. */
export async function applyAssignment(
  tx: Transaction,
  current: Report,
  assignee: { id: string; name: string } | null,
  actor: CurrentUser,
  now: Date,
  policy: SlaPolicy,
): Promise<Report> {
  const next = await saveReport(
    tx,
    {
      ...current,
      assigneeId: assignee?.id ?? null,
      version: current.version + 1,
    },
    now,
    policy,
  );
  await appendReportEvent(tx, {
    reportId: current.id,
    kind: "assigned",
    summary: assignee ? `Assigned to ${assignee.name}` : "Unassigned",
    actor,
    at: now,
    detail: { assigneeId: assignee?.id ?? null },
  });
  await notifyLive(tx, {
    type: "report.changed",
    id: current.id,
    version: next.version,
    actorId: actor.id,
  });
  return next;
}

export async function assignReport(
  db: Queryable,
  id: string,
  expectedVersion: number,
  assigneeId: string | null,
  actor: CurrentUser,
  policy: SlaPolicy,
  now = new Date(),
): Promise<Report> {
  return db.transaction(async (tx) => {
    const assignee = assigneeId
      ? { id: assigneeId, name: await assignableOfficerName(tx, assigneeId) }
      : null;
    return applyAssignment(
      tx,
      await lockReportAtVersion(tx, id, expectedVersion),
      assignee,
      actor,
      now,
      policy,
    );
  });
}
