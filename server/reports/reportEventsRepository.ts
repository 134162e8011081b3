// The report timeline: appended in the same transaction as the change it records.
import { asc, eq } from "drizzle-orm";
import type {
  CurrentUser,
  ReportEvent,
  ReportEventKind,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import { reportEvents } from "../db/schema";

export interface NewReportEvent {
  reportId: string;
  kind: ReportEventKind;
  summary: string;
  reason?: string | null;
  detail?: Record<string, unknown>;
  actor: Pick<CurrentUser, "id" | "displayName"> | null;
  at?: Date;
}

export async function appendReportEvent(
  tx: Transaction,
  event: NewReportEvent,
): Promise<void> {
  await tx.insert(reportEvents).values({
    reportId: event.reportId,
    kind: event.kind,
    summary: event.summary,
    reason: event.reason ?? null,
    detail: event.detail ?? null,
    actorId: event.actor?.id ?? null,
    actorName: event.actor?.displayName ?? null,
    at: event.at ?? new Date(),
  });
}

export async function listReportEvents(
  db: Queryable,
  reportId: string,
): Promise<ReportEvent[]> {
  const rows = await db
    .select()
    .from(reportEvents)
    .where(eq(reportEvents.reportId, reportId))
    .orderBy(asc(reportEvents.at), asc(reportEvents.id));
  return rows.map((row) => ({
    id: row.id,
    reportId: row.reportId,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    kind: row.kind as ReportEventKind,
    summary: row.summary,
    reason: row.reason,
  }));
}
