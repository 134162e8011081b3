// Referrals of reports to forces and agencies, and the register of what still awaits an answer.
import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import {
  referralState,
  type CurrentUser,
  type ListResponse,
  type Referral,
  type ReferralCreate,
  type ReferralListQuery,
  type ReferralUpdate,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import {
  anyOf,
  countAll,
  orderWithTieBreak,
  pageWindow,
} from "../db/listQuery";
import { referrals, reports } from "../db/schema";
import { notifyLive } from "../live/notify";
import { problem } from "../http/problems";
import { appendReportEvent } from "../reports/reportEventsRepository";
import { reportNotFound } from "../reports/reportsRepository";

const columns = {
  referral: referrals,
  reportReference: reports.reference,
  reportVersion: reports.version,
};

function toReferral(row: {
  referral: typeof referrals.$inferSelect;
  reportReference: string;
}): Referral {
  const r = row.referral;
  return {
    id: r.id,
    reportId: r.reportId,
    reportReference: row.reportReference,
    targetKind: r.targetKind as Referral["targetKind"],
    targetName: r.targetName,
    note: r.note,
    sentAt: r.sentAt.toISOString(),
    sentById: r.sentById,
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    outcome: r.outcome,
    outcomeAt: r.outcomeAt?.toISOString() ?? null,
    state: referralState(r),
    version: r.version,
  };
}

const stateConditions = {
  awaiting_acknowledgement: and(
    isNull(referrals.acknowledgedAt),
    isNull(referrals.outcome),
  ),
  awaiting_outcome: and(
    isNotNull(referrals.acknowledgedAt),
    isNull(referrals.outcome),
  ),
  complete: isNotNull(referrals.outcome),
} as const;

const sortColumns = {
  sentAt: referrals.sentAt,
  targetName: referrals.targetName,
  acknowledgedAt: referrals.acknowledgedAt,
} as const;

export async function listReferrals(
  db: Queryable,
  query: ReferralListQuery,
): Promise<ListResponse<Referral>> {
  const conditions: (SQL | undefined)[] = [
    query.state &&
      sql`(${sql.join(
        query.state.map((s) => sql`(${stateConditions[s]})`),
        sql` or `,
      )})`,
    query.reportId ? eq(referrals.reportId, query.reportId) : undefined,
    query.targetKind && anyOf(referrals.targetKind, query.targetKind),
  ];
  const where = and(...conditions.filter((c): c is SQL => c !== undefined));
  const { limit, offset } = pageWindow(query);
  const [rows, [counted]] = await Promise.all([
    db
      .select(columns)
      .from(referrals)
      .innerJoin(reports, eq(reports.id, referrals.reportId))
      .where(where)
      .orderBy(
        ...orderWithTieBreak(
          query.order,
          sortColumns[query.sort],
          referrals.id,
        ),
      )
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(referrals).where(where),
  ]);
  return { data: rows.map(toReferral), total: counted?.total ?? 0 };
}

export async function findReferral(
  db: Queryable,
  id: string,
): Promise<Referral | null> {
  const [row] = await db
    .select(columns)
    .from(referrals)
    .innerJoin(reports, eq(reports.id, referrals.reportId))
    .where(eq(referrals.id, id))
    .limit(1);
  return row ? toReferral(row) : null;
}

export async function createReferral(
  db: Queryable,
  reportId: string,
  body: ReferralCreate,
  actor: CurrentUser,
  now = new Date(),
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select({
        id: reports.id,
        version: reports.version,
        status: reports.status,
      })
      .from(reports)
      .where(eq(reports.id, reportId))
      .limit(1);
    if (!report) throw reportNotFound(reportId);
    if (report.status === "closed") {
      throw problem(
        409,
        "invalid_transition",
        "This report is closed; reopen it before referring it.",
        { allowed: [] },
      );
    }
    const [row] = await tx
      .insert(referrals)
      .values({
        reportId,
        targetKind: body.targetKind,
        targetName: body.targetName,
        note: body.note ?? null,
        sentAt: now,
        sentById: actor.id,
      })
      .returning({ id: referrals.id });
    await appendReportEvent(tx, {
      reportId,
      kind: "referral_sent",
      summary: `Referred to ${body.targetName}`,
      reason: body.note ?? null,
      actor,
      at: now,
      detail: { referralId: row!.id },
    });
    await notifyLive(tx, {
      type: "report.changed",
      id: reportId,
      version: report.version,
      actorId: actor.id,
    });
    return (await findReferral(tx, row!.id))!;
  });
}

/** Records an acknowledgement and/or an outcome, if the referral is still at the version read. */
export async function updateReferral(
  db: Queryable,
  id: string,
  expectedVersion: number,
  body: ReferralUpdate,
  actor: CurrentUser,
  now = new Date(),
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(referrals)
      .where(eq(referrals.id, id))
      .for("update");
    if (!row)
      throw problem(404, "not_found", `There is no referral with id ${id}.`);
    if (row.version !== expectedVersion) {
      throw problem(
        409,
        "conflict",
        `Someone else updated this referral to ${row.targetName} after you opened it; review it and try again.`,
        {
          current: await findReferral(tx, id),
        },
      );
    }
    if (body.acknowledged && row.acknowledgedAt) {
      const message = "this referral was already acknowledged";
      throw problem(400, "validation", message, {
        errors: [{ field: "acknowledged", message }],
      });
    }
    if (body.outcome && row.outcome) {
      const message = "an outcome is already recorded";
      throw problem(400, "validation", message, {
        errors: [{ field: "outcome", message }],
      });
    }
    // An outcome implies the referral was received, even if nobody logged the acknowledgement.
    const acknowledgedAt =
      row.acknowledgedAt ?? (body.acknowledged || body.outcome ? now : null);
    await tx
      .update(referrals)
      .set({
        acknowledgedAt,
        outcome: body.outcome ?? row.outcome,
        outcomeAt: body.outcome ? now : row.outcomeAt,
        version: row.version + 1,
      })
      .where(eq(referrals.id, id));
    if (body.acknowledged) {
      await appendReportEvent(tx, {
        reportId: row.reportId,
        kind: "referral_acknowledged",
        summary: `${row.targetName} acknowledged the referral`,
        actor,
        at: now,
      });
    }
    if (body.outcome) {
      await appendReportEvent(tx, {
        reportId: row.reportId,
        kind: "referral_outcome",
        summary: `Outcome from ${row.targetName}`,
        reason: body.outcome,
        actor,
        at: now,
      });
    }
    const [report] = await tx
      .select({ version: reports.version })
      .from(reports)
      .where(eq(reports.id, row.reportId));
    await notifyLive(tx, {
      type: "report.changed",
      id: row.reportId,
      version: report!.version,
      actorId: actor.id,
    });
    return (await findReferral(tx, id))!;
  });
}
