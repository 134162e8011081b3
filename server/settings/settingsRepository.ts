// Run-time settings kept in the database, so every instance sees the same values.
import { eq, sql } from "drizzle-orm";
import {
  SlaPolicySchema,
  defaultSlaPolicy,
  riskLevels,
  type SlaPolicy,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import { reports, settings } from "../db/schema";

const slaKey = "sla_policy";

/** Every instance LISTENs here to forget its copy of a setting (server/settings/slaPolicyCache.ts). */
export const settingsChannel = "portsafe_settings";

/** Tells every instance that a run-time setting changed (`key`, never its value). */
export async function notifySettingChanged(
  db: Queryable,
  key: string,
): Promise<void> {
  await db.execute(sql`select pg_notify(${settingsChannel}, ${key})`);
}

export async function getSlaPolicy(db: Queryable): Promise<SlaPolicy> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, slaKey))
    .limit(1);
  const parsed = SlaPolicySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultSlaPolicy;
}

/**
 * Saves a new policy and restarts every running clock under it, in the caller's transaction so
 * every instance hears of the change (server/settings/slaPolicyCache.ts) only if it commits. The
 * SQL mirrors the domain's slaDueAt (tested against it) so a 100k-row update is one statement,
 * not 100k round trips.
 */
export async function setSlaPolicy(
  tx: Transaction,
  policy: SlaPolicy,
): Promise<number> {
  await tx
    .insert(settings)
    .values({ key: slaKey, value: policy })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: policy, updatedAt: new Date() },
    });
  await notifySettingChanged(tx, slaKey);
  const actionMinutes = sql.join(
    riskLevels.map(
      (risk) => sql`when ${risk} then ${policy.actionWithinMinutes[risk]}::int`,
    ),
    sql` `,
  );
  const updated = await tx
    .update(reports)
    .set({
      slaDueAt: sql`case
        when ${reports.risk} is null or ${reports.firstAssessedAt} is null
          then ${reports.receivedAt} + make_interval(mins => ${policy.assessWithinMinutes}::int)
        else ${reports.firstAssessedAt} + make_interval(mins => case ${reports.risk} ${actionMinutes} end)
      end`,
    })
    .where(sql`${reports.status} in ('new', 'triage')`)
    .returning({ id: reports.id });
  return updated.length;
}
