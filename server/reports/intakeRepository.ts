// Creating reports: from the Crimestoppers feed (idempotent by Idempotency-Key) and from the
// desk's manual entry of hotline transcriptions. A report exists only once its transaction commits.
import { createHash, randomUUID } from "node:crypto";
import { eq, or, sql } from "drizzle-orm";
import {
  channelLabels,
  formatReportReference,
  insiderTypeProblem,
  slaDueAt,
  type CurrentUser,
  type IntakeReport,
  type Report,
  type SlaPolicy,
} from "../../src/domain";
import {
  intakeRequests,
  ports,
  reportReferenceCounters,
  reports,
} from "../db/schema";
import type { Queryable, Transaction } from "../db/connect";
import { notifyLive } from "../live/notify";
import { problem } from "../http/problems";
import { appendReportEvent } from "./reportEventsRepository";
import { findReport, toReport, toReportRow } from "./reportsRepository";

/** Insider threat and terrorism reports start OFFICIAL-SENSITIVE; the desk can change the marking. */
const sensitiveCategories = new Set([
  "insider_threat",
  "terrorism_hostile_reconnaissance",
]);

async function resolvePortId(
  tx: Transaction,
  portIdOrLocode: string,
): Promise<string> {
  const [port] = await tx
    .select({ id: ports.id })
    .from(ports)
    .where(
      or(
        eq(ports.id, portIdOrLocode),
        eq(ports.unlocode, portIdOrLocode.toUpperCase()),
      ),
    )
    .limit(1);
  if (!port) {
    const message = `unknown port "${portIdOrLocode}"; use a port id such as "dover" or a UN/LOCODE such as "GBDVR"`;
    throw problem(400, "validation", `portId: ${message}`, {
      errors: [{ field: "portId", message }],
    });
  }
  return port.id;
}

/** The next PS-<year>-<n> reference, allocated inside the insert's transaction. */
async function nextReference(tx: Transaction, year: number): Promise<string> {
  const [row] = await tx
    .insert(reportReferenceCounters)
    .values({ year, lastSequence: 1 })
    .onConflictDoUpdate({
      target: reportReferenceCounters.year,
      set: { lastSequence: sql`${reportReferenceCounters.lastSequence} + 1` },
    })
    .returning({ sequence: reportReferenceCounters.lastSequence });
  return formatReportReference(year, row!.sequence);
}

export async function insertReport(
  tx: Transaction,
  body: IntakeReport,
  actor: CurrentUser | null,
  now: Date,
  policy: SlaPolicy,
): Promise<Report> {
  const insiderType = body.insiderType ?? null;
  const inconsistency = insiderTypeProblem(body.category, insiderType);
  if (inconsistency)
    throw problem(400, "validation", `insiderType: ${inconsistency}`, {
      errors: [{ field: "insiderType", message: inconsistency }],
    });
  const [existing] = await tx
    .select({ reference: reports.reference })
    .from(reports)
    .where(eq(reports.externalRef, body.externalRef))
    .limit(1);
  if (existing) {
    const message = `Crimestoppers reference ${body.externalRef} was already received as ${existing.reference}`;
    throw problem(409, "already_received", message, {
      errors: [{ field: "externalRef", message }],
    });
  }
  const portId = await resolvePortId(tx, body.portId);
  const receivedAt = new Date(body.receivedAt);
  const report: Report = {
    id: randomUUID(),
    reference: await nextReference(tx, receivedAt.getUTCFullYear()),
    externalRef: body.externalRef,
    receivedAt: receivedAt.toISOString(),
    channel: body.channel,
    portId,
    location: body.location ?? null,
    category: body.category,
    insiderType,
    summary: body.summary,
    details: body.details,
    status: "new",
    risk: null,
    riskRationale: null,
    thrive: null,
    slaDueAt: null,
    assigneeId: null,
    handling: sensitiveCategories.has(body.category)
      ? "OFFICIAL-SENSITIVE"
      : "OFFICIAL",
    closureReason: null,
    firstAssessedAt: null,
    closedAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  report.slaDueAt = slaDueAt(report, policy)?.toISOString() ?? null;
  const [row] = await tx
    .insert(reports)
    .values(toReportRow(report))
    .returning();
  const how = actor
    ? `Entered by ${actor.displayName} (${channelLabels[body.channel]})`
    : `Received from Crimestoppers (${channelLabels[body.channel]})`;
  await appendReportEvent(tx, {
    reportId: report.id,
    kind: "received",
    summary: how,
    actor,
    at: now,
  });
  await notifyLive(tx, {
    type: "report.created",
    id: report.id,
    reference: report.reference,
    actorId: actor?.id ?? null,
  });
  return toReport(row!);
}

/** Canonical JSON (sorted keys) so the same body always hashes the same. */
function canonicalHash(value: unknown): string {
  const canonical = JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
  return createHash("sha256").update(canonical).digest("hex");
}

export interface IntakeResult {
  report: Report;
  replayed: boolean;
}

/**
 * Takes a report from the feed exactly once per Idempotency-Key. A transaction-scoped advisory
 * lock on the key makes concurrent retries queue behind the first, then find its answer.
 */
/**
 * Writes the new report's audit row inside the report's own transaction, so a crash can never
 * leave a report that the audit log does not know about.
 */
export type AuditNewReport = (tx: Transaction, report: Report) => Promise<void>;

export async function intakeReport(
  db: Queryable,
  idempotencyKey: string,
  body: IntakeReport,
  auditNewReport: AuditNewReport,
  policy: SlaPolicy,
  now = new Date(),
): Promise<IntakeResult> {
  const bodyHash = canonicalHash(body);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${"intake:" + idempotencyKey}))`,
    );
    const [previous] = await tx
      .select()
      .from(intakeRequests)
      .where(eq(intakeRequests.idempotencyKey, idempotencyKey))
      .limit(1);
    if (previous) {
      if (previous.bodyHash !== bodyHash) {
        throw problem(
          422,
          "idempotency_mismatch",
          "This Idempotency-Key was already used for a different report. Use a new key for a new report, or resend the original body unchanged.",
        );
      }
      return {
        report: (await findReport(tx, previous.reportId))!,
        replayed: true,
      };
    }
    const report = await insertReport(tx, body, null, now, policy);
    await tx.insert(intakeRequests).values({
      idempotencyKey,
      bodyHash,
      reportId: report.id,
      createdAt: now,
    });
    await auditNewReport(tx, report);
    return { report, replayed: false };
  });
}

export async function createReportByHand(
  db: Queryable,
  body: IntakeReport,
  actor: CurrentUser,
  auditNewReport: AuditNewReport,
  policy: SlaPolicy,
  now = new Date(),
): Promise<Report> {
  return db.transaction(async (tx) => {
    const report = await insertReport(tx, body, actor, now, policy);
    await auditNewReport(tx, report);
    return report;
  });
}
