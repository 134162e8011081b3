// Duplicates and corroboration: suggestions of similar reports (same port within days, or
// similar wording by trigram similarity) and links between reports; both reports are kept.
import { and, eq, or, sql } from "drizzle-orm";
import type {
  CurrentUser,
  ReportLinkKind,
  SimilarReport,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { reportLinks, reports } from "../db/schema";
import { notifyLive } from "../live/notify";
import { problem } from "../http/problems";
import { appendReportEvent } from "./reportEventsRepository";
import { findReport, reportNotFound } from "./reportsRepository";

const samePortWindowDays = 7;
/** pg_trgm's similarity above which two summaries read as the same matter. */
const wordingThreshold = 0.3;

export async function findSimilarReports(
  db: Queryable,
  id: string,
  limit = 10,
): Promise<SimilarReport[]> {
  const report = await findReport(db, id);
  if (!report) throw reportNotFound(id);
  const received = new Date(report.receivedAt);
  const from = new Date(received.getTime() - samePortWindowDays * 86_400_000);
  const to = new Date(received.getTime() + samePortWindowDays * 86_400_000);
  // Two index-backed branches: the trigram index on summary (%), and (port_id, received_at).
  const rows = await queryRows<{
    id: string;
    reference: string;
    received_at: string | Date;
    port_id: string;
    category: string;
    status: string;
    summary: string;
    similarity: number;
    link_kind: string | null;
  }>(
    db,
    sql`
    select r.id, r.reference, r.received_at, r.port_id, r.category, r.status, r.summary,
           similarity(r.summary, ${report.summary})::float8 as similarity,
           (select kind from ${reportLinks} l
             where (l.report_id = ${id} and l.linked_report_id = r.id) or (l.linked_report_id = ${id} and l.report_id = r.id)
             limit 1) as link_kind
    from ${reports} r
    where r.id <> ${id}
      and (r.summary % ${report.summary}
           or (r.port_id = ${report.portId} and r.received_at between ${from} and ${to}))
    order by similarity desc, abs(extract(epoch from (r.received_at - ${received}::timestamptz))) asc, r.id asc
    limit ${limit}`,
  );
  return rows.map((row) => {
    const receivedAt = new Date(row.received_at);
    const days =
      Math.abs(receivedAt.getTime() - received.getTime()) / 86_400_000;
    const reasons: string[] = [];
    if (row.port_id === report.portId && days <= samePortWindowDays)
      reasons.push(
        `same port, ${days < 1 ? "same day" : Math.round(days) === 1 ? "1 day apart" : `${Math.round(days)} days apart`}`,
      );
    if (row.similarity >= wordingThreshold)
      reasons.push(`similar wording (${Math.round(row.similarity * 100)}%)`);
    return {
      id: row.id,
      reference: row.reference,
      receivedAt: receivedAt.toISOString(),
      portId: row.port_id,
      category: row.category as SimilarReport["category"],
      status: row.status as SimilarReport["status"],
      summary: row.summary,
      similarity: Math.round(row.similarity * 1000) / 1000,
      reasons,
      linkKind: row.link_kind as ReportLinkKind | null,
    };
  });
}

/** Links two reports (once, whichever way round) and records it on both timelines. */
export async function linkReports(
  tx: Transaction,
  reportId: string,
  linkedReportId: string,
  kind: ReportLinkKind,
  actor: CurrentUser,
  now = new Date(),
): Promise<void> {
  if (reportId === linkedReportId) {
    const message = "a report cannot be linked to itself";
    throw problem(400, "validation", message, {
      errors: [{ field: "linkedReportId", message }],
    });
  }
  const pair = await tx
    .select({
      id: reports.id,
      reference: reports.reference,
      version: reports.version,
    })
    .from(reports)
    .where(or(eq(reports.id, reportId), eq(reports.id, linkedReportId)));
  const source = pair.find((r) => r.id === reportId);
  const target = pair.find((r) => r.id === linkedReportId);
  if (!source) throw reportNotFound(reportId);
  if (!target) {
    const message = "there is no report with that id";
    throw problem(400, "validation", message, {
      errors: [{ field: "linkedReportId", message }],
    });
  }
  const existing = await tx
    .select({ kind: reportLinks.kind })
    .from(reportLinks)
    .where(
      or(
        and(
          eq(reportLinks.reportId, reportId),
          eq(reportLinks.linkedReportId, linkedReportId),
        ),
        and(
          eq(reportLinks.reportId, linkedReportId),
          eq(reportLinks.linkedReportId, reportId),
        ),
      ),
    );
  if (existing.length > 0) {
    throw problem(
      409,
      "conflict",
      `${source.reference} and ${target.reference} are already linked as ${existing[0]!.kind}.`,
    );
  }
  await tx.insert(reportLinks).values({
    reportId,
    linkedReportId,
    kind,
    createdAt: now,
    createdById: actor.id,
  });
  const label = kind === "duplicate" ? "duplicate" : "corroborating";
  await appendReportEvent(tx, {
    reportId,
    kind: "linked",
    summary: `Linked to ${target.reference} as ${label}`,
    actor,
    at: now,
  });
  await appendReportEvent(tx, {
    reportId: linkedReportId,
    kind: "linked",
    summary: `Linked to ${source.reference} as ${label}`,
    actor,
    at: now,
  });
  await notifyLive(tx, {
    type: "report.changed",
    id: reportId,
    version: source.version,
    actorId: actor.id,
  });
  await notifyLive(tx, {
    type: "report.changed",
    id: linkedReportId,
    version: target.version,
    actorId: actor.id,
  });
}
