// Server-side sessions: the cookie holds an opaque random token; the database holds only its
// SHA-256, the user, and the idle and absolute expiry that every request checks.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { CurrentUser, Role } from "../../src/domain";
import type { Database } from "../db/connect";
import { sessions, users } from "../db/schema";

export const idleTimeoutMs = 15 * 60 * 1000;
export const absoluteTimeoutMs = 12 * 60 * 60 * 1000;
/** Refresh last_seen_at at most this often, so reads do not each cost a write. */
const touchIntervalMs = 30 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(db: Database, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + absoluteTimeoutMs),
  });
  return token;
}

/** The signed-in user for a token, or null when the session is unknown, idle, expired or disabled. */
export async function resolveSession(db: Database, token: string, now = new Date()): Promise<CurrentUser | null> {
  const tokenHash = hashToken(token);
  const idleCutoff = new Date(now.getTime() - idleTimeoutMs);
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleCutoff),
        eq(users.disabled, false),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > touchIntervalMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { id: row.id, username: row.username, displayName: row.displayName, roles: row.roles as Role[] };
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Housekeeping: drop sessions that can no longer be used. */
export async function purgeExpiredSessions(db: Database, now = new Date()): Promise<void> {
  await db.delete(sessions).where(
    sql`${sessions.expiresAt} <= ${now} or ${sessions.lastSeenAt} <= ${new Date(now.getTime() - idleTimeoutMs)}`,
  );
}
