// Reads and writes of reports. Every query is index-backed (see the indexes in db/schema.ts).
import { and, eq, gte, ilike, lt, sql, type SQL } from "drizzle-orm";
import {
  applyReportPatch,
  riskLevels,
  type Report,
  type ReportListQuery,
  type ReportPatch,
  type ListResponse,
} from "../../src/domain";
import type { Database } from "../db/connect";
import { anyOf, countAll, orderWithTieBreak, pageWindow } from "../db/listQuery";
import { ports, reports } from "../db/schema";
import { problem } from "../problems";

type ReportRow = typeof reports.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    reference: row.reference,
    externalRef: row.externalRef,
    receivedAt: row.receivedAt.toISOString(),
    channel: row.channel as Report["channel"],
    portId: row.portId,
    location: row.locationLat !== null && row.locationLon !== null ? { lat: row.locationLat, lon: row.locationLon } : null,
    category: row.category as Report["category"],
    insiderType: row.insiderType as Report["insiderType"],
    summary: row.summary,
    details: row.details,
    status: row.status as Report["status"],
    risk: row.risk as Report["risk"],
    riskRationale: row.riskRationale,
    thrive: row.thrive,
    slaDueAt: iso(row.slaDueAt),
    assigneeId: row.assigneeId,
    handling: row.handling as Report["handling"],
    closureReason: row.closureReason as Report["closureReason"],
    firstAssessedAt: iso(row.firstAssessedAt),
    closedAt: iso(row.closedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const dateOrNull = (value: string | null) => (value ? new Date(value) : null);

/** The database row for a report record (used when seeding and at intake). */
export function toReportRow({ location, ...report }: Report): typeof reports.$inferInsert {
  return {
    ...report,
    locationLat: location?.lat ?? null,
    locationLon: location?.lon ?? null,
    receivedAt: new Date(report.receivedAt),
    firstAssessedAt: dateOrNull(report.firstAssessedAt),
    closedAt: dateOrNull(report.closedAt),
    slaDueAt: dateOrNull(report.slaDueAt),
    createdAt: new Date(report.createdAt),
    updatedAt: new Date(report.updatedAt),
  };
}

/** Risk sorts by urgency (immediate first when ascending); unassessed reports always last. */
const riskRank = sql`case ${reports.risk} ${sql.raw(riskLevels.map((r, i) => `when '${r}' then ${i}`).join(" "))} end`;

const sortColumns = {
  receivedAt: reports.receivedAt,
  reference: reports.reference,
  status: reports.status,
  category: reports.category,
  portId: reports.portId,
  updatedAt: reports.updatedAt,
} as const;

/** The text that `q` searches; must match the trigram index expression exactly. */
const searchableText = sql`(${reports.reference} || ' ' || ${reports.summary} || ' ' || ${reports.details})`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function reportFilters(query: ReportListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    query.status && anyOf(reports.status, query.status),
    query.risk && anyOf(reports.risk, query.risk),
    query.category && anyOf(reports.category, query.category),
    query.insiderType && anyOf(reports.insiderType, query.insiderType),
    query.channel && anyOf(reports.channel, query.channel),
    query.portId && anyOf(reports.portId, query.portId),
    query.nation && sql`${reports.portId} in (select ${ports.id} from ${ports} where ${anyOf(ports.nation, query.nation)})`,
    query.assigneeId ? eq(reports.assigneeId, query.assigneeId) : undefined,
    query.receivedFrom ? gte(reports.receivedAt, new Date(query.receivedFrom)) : undefined,
    query.receivedTo ? lt(reports.receivedAt, new Date(query.receivedTo)) : undefined,
    query.q ? ilike(searchableText, `%${escapeLike(query.q)}%`) : undefined,
  ];
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}

export async function listReports(db: Database, query: ReportListQuery): Promise<ListResponse<Report>> {
  const where = reportFilters(query);
  const { limit, offset } = pageWindow(query);
  const orderBy =
    query.sort === "risk"
      ? [sql`${riskRank} ${sql.raw(query.order)} nulls last`, sql`${reports.id} ${sql.raw(query.order)}`]
      : orderWithTieBreak(query.order, sortColumns[query.sort], reports.id);
  const [rows, [counted]] = await Promise.all([
    db.select().from(reports).where(where).orderBy(...orderBy).limit(limit).offset(offset),
    db.select({ total: countAll }).from(reports).where(where),
  ]);
  return { data: rows.map(toReport), total: counted?.total ?? 0 };
}

export async function findReport(db: Database, id: string): Promise<Report | null> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id)).limit(1);
  return row ? toReport(row) : null;
}

export function reportNotFound(id: string) {
  return problem(404, "not_found", `There is no report with id ${id}; it may have been mistyped.`);
}

/**
 * Applies a patch only if the report is still at `expectedVersion`; otherwise a 409 carrying the
 * current record. The row is locked for the check-and-write so two officers cannot both win.
 */
export async function updateReport(
  db: Database,
  id: string,
  expectedVersion: number,
  patch: ReportPatch,
  now = new Date(),
): Promise<{ before: Report; after: Report }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(reports).where(eq(reports.id, id)).for("update");
    if (!row) throw reportNotFound(id);
    const before = toReport(row);
    if (row.version !== expectedVersion) {
      throw problem(
        409,
        "conflict",
        `Someone else changed report ${row.reference} after you opened it (you had version ${expectedVersion}, it is now ${row.version}). Review their change, then apply yours again.`,
        { current: before },
      );
    }
    const outcome = applyReportPatch(before, patch, now);
    if (!outcome.ok) {
      throw problem(400, "validation", `${outcome.field}: ${outcome.message}`, {
        errors: [{ field: outcome.field, message: outcome.message }],
      });
    }
    const { id: _id, ...changes } = toReportRow(outcome.report);
    const [updated] = await tx.update(reports).set(changes).where(eq(reports.id, id)).returning();
    return { before, after: toReport(updated!) };
  });
}
