// Per-account throttling reads the audit log, which records every failed sign-in anyway.
import { and, eq, gt, sql } from "drizzle-orm";
import type { Queryable } from "../db/connect";
import { auditEvents } from "../db/schema";

/** DESIGN §7: no more than 10 failed attempts per account in 5 minutes. */
export const maxFailuresPerAccount = 10;
const throttleWindowMs = 5 * 60 * 1000;

async function recentLoginFailures(
  db: Queryable,
  username: string,
  now = new Date(),
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.at, new Date(now.getTime() - throttleWindowMs)),
        sql`${auditEvents.action} in ('auth.login_failed', 'auth.mfa_failed')`,
        eq(sql`${auditEvents.detail}->>'username'`, username),
      ),
    );
  return row?.n ?? 0;
}

/** Whether this account has used up its failed attempts (sign-in and second factor alike). */
export async function isAccountThrottled(
  db: Queryable,
  username: string,
  now = new Date(),
): Promise<boolean> {
  return (
    (await recentLoginFailures(db, username, now)) >= maxFailuresPerAccount
  );
}
