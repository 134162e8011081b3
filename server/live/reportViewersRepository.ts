// Report viewers: a heartbeat upsert per open report page, read back within the expiry window.
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { viewerExpirySeconds, type ReportViewer } from "../../src/domain";
import type { Queryable } from "../db/connect";
import { reportViewers, users } from "../db/schema";
import { notifyLive } from "./notify";

export async function otherViewers(
  db: Queryable,
  reportId: string,
  me: string,
  now = new Date(),
): Promise<ReportViewer[]> {
  const cutoff = new Date(now.getTime() - viewerExpirySeconds * 1000);
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(reportViewers)
    .innerJoin(users, eq(users.id, reportViewers.userId))
    .where(
      and(
        eq(reportViewers.reportId, reportId),
        ne(reportViewers.userId, me),
        gt(reportViewers.seenAt, cutoff),
      ),
    )
    .orderBy(users.displayName);
}

/** Records a heartbeat; tells the others only when this viewer has just arrived. */
export async function markViewing(
  db: Queryable,
  reportId: string,
  me: string,
  now = new Date(),
): Promise<void> {
  const cutoff = new Date(now.getTime() - viewerExpirySeconds * 1000);
  await db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ seenAt: reportViewers.seenAt })
      .from(reportViewers)
      .where(
        and(eq(reportViewers.reportId, reportId), eq(reportViewers.userId, me)),
      );
    await tx
      .insert(reportViewers)
      .values({ reportId, userId: me, seenAt: now })
      .onConflictDoUpdate({
        target: [reportViewers.reportId, reportViewers.userId],
        set: { seenAt: now },
      });
    if (!previous || previous.seenAt <= cutoff)
      await notifyLive(tx, { type: "report.viewers", id: reportId });
  });
}

export async function stopViewing(
  db: Queryable,
  reportId: string,
  me: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(reportViewers)
      .where(
        and(eq(reportViewers.reportId, reportId), eq(reportViewers.userId, me)),
      );
    await notifyLive(tx, { type: "report.viewers", id: reportId });
  });
}

/** Housekeeping for rows nobody refreshed (closed tabs, lost connections). */
export async function purgeStaleViewers(
  db: Queryable,
  now = new Date(),
): Promise<void> {
  await db
    .delete(reportViewers)
    .where(
      sql`${reportViewers.seenAt} < ${new Date(now.getTime() - viewerExpirySeconds * 1000)}`,
    );
}
