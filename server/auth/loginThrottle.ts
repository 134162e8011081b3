// Per-account throttling reads the audit log, which records every failed sign-in anyway.
import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { auditEvents } from "../db/schema";

export const throttleWindowMs = 5 * 60 * 1000;

export async function recentLoginFailures(
  db: Database,
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
