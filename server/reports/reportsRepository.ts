// Reads and writes of reports. Every query is index-backed (see the indexes in db/schema.ts).
import { and, eq, gte, ilike, lt, sql, type SQL } from "drizzle-orm";
import {
  applyReportPatch,
  riskLevels,
  queueViews,
  slaDueAt,
  type CurrentUser,
  type QueueCounts,
  type QueueView,
  type Report,
  type SlaPolicy,
  type ReportListQuery,
  type ReportPatch,
  type ListResponse,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import {
  anyOf,
  countAll,
  orderWithTieBreak,
  pageWindow,
} from "../db/listQuery";
import { ports, reports } from "../db/schema";
import { notifyLive } from "../live/notify";
import { problem } from "../http/problems";
import { appendReportEvent } from "./reportEventsRepository";
import { containsPattern } from "../db/likePattern";

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
    location:
      row.locationLat !== null && row.locationLon !== null
        ? { lat: row.locationLat, lon: row.locationLon }
        : null,
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
export function toReportRow({
  location,
  ...report
}: Report): typeof reports.$inferInsert {
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

/** The conditions behind each queue view; `me` is the caller, `now` decides what is overdue. */
export function queueViewCondition(
  view: QueueView,
  me: string,
  now: Date,
): SQL {
  switch (view) {
    case "unassessed":
      return sql`${reports.status} = 'new'`;
    case "mine":
      return sql`${reports.assigneeId} = ${me} and ${reports.status} <> 'closed'`;
    case "overdue":
      return sql`${reports.slaDueAt} < ${now}`;
    case "immediate":
      return sql`${reports.risk} = 'immediate' and ${reports.status} <> 'closed'`;
    case "on_hold":
      return sql`${reports.status} = 'on_hold'`;
    case "open":
      return sql`${reports.status} <> 'closed'`;
    case "closed":
      return sql`${reports.status} = 'closed'`;
  }
}

/**
 * How many reports each queue view holds, exactly, without reading every report's row: the open
 * views count in one pass over the partial index of open reports (reports_open_idx, a small share of
 * the table); closed reports are counted from the status index alone (an index-only scan), and the
 * closed ones still carrying a past SLA deadline are added to "overdue" through reports_sla_idx.
 * At 1M reports on PostgreSQL one `count(*) filter (...)` pass over the whole table took ~690 ms.
 */
export async function countQueues(
  db: Queryable,
  me: string,
  now = new Date(),
): Promise<QueueCounts> {
  const columns = Object.fromEntries(
    queueViews.map((view) => {
      if (view === "closed")
        return [
          view,
          sql<number>`(select count(*) from ${reports} where ${reports.status} = 'closed')::int`,
        ];
      const open = sql`(count(*) filter (where ${queueViewCondition(view, me, now)}))::int`;
      return [
        view,
        view === "overdue"
          ? sql<number>`${open} + (select count(*) from ${reports} where ${reports.status} = 'closed' and ${queueViewCondition(view, me, now)})::int`
          : sql<number>`${open}`,
      ];
    }),
  ) as Record<QueueView, SQL<number>>;
  const [row] = await db
    .select(columns)
    .from(reports)
    .where(sql`${reports.status} <> 'closed'`);
  return row as QueueCounts;
}

function reportFilters(
  query: ReportListQuery,
  me: string,
  now: Date,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    query.id && anyOf(reports.id, query.id),
    query.view && queueViewCondition(query.view, me, now),
    query.force &&
      sql`${reports.portId} in (select ${ports.id} from ${ports} where ${anyOf(ports.territorialPoliceForce, query.force)})`,
    query.status && anyOf(reports.status, query.status),
    query.risk && anyOf(reports.risk, query.risk),
    query.category && anyOf(reports.category, query.category),
    query.insiderType && anyOf(reports.insiderType, query.insiderType),
    query.channel && anyOf(reports.channel, query.channel),
    query.portId && anyOf(reports.portId, query.portId),
    query.nation &&
      sql`${reports.portId} in (select ${ports.id} from ${ports} where ${anyOf(ports.nation, query.nation)})`,
    query.assigneeId ? eq(reports.assigneeId, query.assigneeId) : undefined,
    query.receivedFrom
      ? gte(reports.receivedAt, new Date(query.receivedFrom))
      : undefined,
    query.receivedTo
      ? lt(reports.receivedAt, new Date(query.receivedTo))
      : undefined,
    query.q ? ilike(searchableText, containsPattern(query.q)) : undefined,
  ];
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}

export async function listReports(
  db: Queryable,
  query: ReportListQuery,
  me: string,
  now = new Date(),
): Promise<ListResponse<Report>> {
  const where = reportFilters(query, me, now);
  const { limit, offset } = pageWindow(query);
  const orderBy =
    query.sort === "risk"
      ? [
          sql`${riskRank} ${sql.raw(query.order)} nulls last`,
          sql`${reports.id} ${sql.raw(query.order)}`,
        ]
      : orderWithTieBreak(query.order, sortColumns[query.sort], reports.id);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(reports)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(reports).where(where),
  ]);
  return { data: rows.map(toReport), total: counted?.total ?? 0 };
}

export async function findReport(
  db: Queryable,
  id: string,
): Promise<Report | null> {
  const [row] = await db
    .select()
    .from(reports)
    .where(eq(reports.id, id))
    .limit(1);
  return row ? toReport(row) : null;
}

export function reportNotFound(id: string) {
  return problem(
    404,
    "not_found",
    `There is no report with id ${id}; it may have been mistyped.`,
  );
}

/** Locks the report and checks the caller's version; throws 404, or 409 with the current record. */
export async function lockReportAtVersion(
  tx: Transaction,
  id: string,
  expectedVersion: number,
): Promise<Report> {
  const [row] = await tx
    .select()
    .from(reports)
    .where(eq(reports.id, id))
    .for("update");
  if (!row) throw reportNotFound(id);
  const report = toReport(row);
  if (row.version !== expectedVersion) {
    throw problem(
      409,
      "conflict",
      `Someone else changed report ${row.reference} after you opened it (you had version ${expectedVersion}, it is now ${row.version}). Review their change, then apply yours again.`,
      { current: report },
    );
  }
  return report;
}

/** Writes a changed report back, stamped now, with its SLA clock recomputed. */
export async function saveReport(
  tx: Transaction,
  next: Report,
  now: Date,
  policy: SlaPolicy,
): Promise<Report> {
  const stamped: Report = {
    ...next,
    updatedAt: now.toISOString(),
    slaDueAt: slaDueAt(next, policy)?.toISOString() ?? null,
  };
  const { id: _id, ...changes } = toReportRow(stamped);
  const [row] = await tx
    .update(reports)
    .set(changes)
    .where(eq(reports.id, next.id))
    .returning();
  return toReport(row!);
}

/**
 * Applies a patch only if the report is still at `expectedVersion`; otherwise a 409 carrying the
 * current record. The row is locked for the check-and-write so two officers cannot both win.
 */
export async function updateReport(
  db: Queryable,
  id: string,
  expectedVersion: number,
  patch: ReportPatch,
  actor: CurrentUser,
  policy: SlaPolicy,
  now = new Date(),
): Promise<{ before: Report; after: Report }> {
  return db.transaction(async (tx) => {
    const before = await lockReportAtVersion(tx, id, expectedVersion);
    const outcome = applyReportPatch(before, patch, now);
    if (!outcome.ok) {
      throw problem(400, "validation", `${outcome.field}: ${outcome.message}`, {
        errors: [{ field: outcome.field, message: outcome.message }],
      });
    }
    const after = await saveReport(tx, outcome.report, now, policy);
    const changed = changedFields(
      before,
      after,
      Object.keys(patch) as (keyof Report)[],
    );
    if (changed.length > 0) {
      await appendReportEvent(tx, {
        reportId: id,
        kind: "updated",
        summary: `Changed ${changed.join(", ")}`,
        actor,
        at: now,
        detail: { fields: changed },
      });
    }
    await notifyLive(tx, {
      type: "report.changed",
      id,
      version: after.version,
      actorId: actor.id,
    });
    return { before, after };
  });
}

export function changedFields(
  before: Report,
  after: Report,
  keys: (keyof Report)[],
): string[] {
  return keys.filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
