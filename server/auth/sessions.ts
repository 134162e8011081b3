// Server-side sessions: the cookie holds an opaque random token; the database holds only its
// SHA-256, the user, and the idle and absolute expiry that every request checks.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { CurrentUser, MfaState, Role } from "../../src/domain";
import type { Queryable } from "../db/connect";
import { sessions, users } from "../db/schema";

/** The default idle timeout (SESSION_IDLE_MINUTES overrides it). */
export const defaultIdleTimeoutMs = 15 * 60 * 1000;
export const absoluteTimeoutMs = 12 * 60 * 60 * 1000;
/**
 * Refresh last_seen_at at most this often, so reads do not each cost a write. Small enough that
 * the idle clock the app shows (counted from the last request) is never ahead of the server's.
 */
const touchIntervalMs = 5 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** `mfaPending`: the password was right but the second factor is still to come. */
export async function createSession(
  db: Queryable,
  userId: string,
  mfaPending: boolean,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + absoluteTimeoutMs),
    mfaPending,
  });
  return token;
}

export interface ResolveSessionOptions {
  idleTimeoutMs?: number;
  now?: Date;
  /** False for a request the app made on its own: it must not keep an idle session alive. */
  isActivity?: boolean;
}

/** The signed-in user for a token, or null when the session is unknown, idle, expired or disabled. */
export async function resolveSession(
  db: Queryable,
  token: string,
  {
    idleTimeoutMs = defaultIdleTimeoutMs,
    now = new Date(),
    isActivity = true,
  }: ResolveSessionOptions = {},
): Promise<CurrentUser | null> {
  const tokenHash = hashToken(token);
  const idleCutoff = new Date(now.getTime() - idleTimeoutMs);
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      lastSeenAt: sessions.lastSeenAt,
      mfaPending: sessions.mfaPending,
      enrolled: sql<boolean>`${users.totpSecret} is not null`,
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
  if (
    isActivity &&
    now.getTime() - row.lastSeenAt.getTime() > touchIntervalMs
  ) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const mfa: MfaState = !row.mfaPending
    ? "done"
    : row.enrolled
      ? "verify"
      : "enrol";
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    mfa,
  };
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Housekeeping: drop sessions that can no longer be used. */
export async function purgeExpiredSessions(
  db: Queryable,
  idleTimeoutMs = defaultIdleTimeoutMs,
  now = new Date(),
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      sql`${sessions.expiresAt} <= ${now} or ${sessions.lastSeenAt} <= ${new Date(now.getTime() - idleTimeoutMs)}`,
    );
}

/** The second factor is done: the session may now reach everything the user's roles allow. */
export async function completeMfa(db: Queryable, token: string): Promise<void> {
  await db
    .update(sessions)
    .set({ mfaPending: false, pendingTotpSecret: null })
    .where(eq(sessions.tokenHash, hashToken(token)));
}

export async function setPendingTotpSecret(
  db: Queryable,
  token: string,
  secret: string,
): Promise<void> {
  await db
    .update(sessions)
    .set({ pendingTotpSecret: secret })
    .where(eq(sessions.tokenHash, hashToken(token)));
}

export async function pendingTotpSecret(
  db: Queryable,
  token: string,
): Promise<string | null> {
  const [row] = await db
    .select({ secret: sessions.pendingTotpSecret })
    .from(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)));
  return row?.secret ?? null;
}

/** Ends every session of a user (account disabled, password reset). */
export async function endSessionsOf(
  db: Queryable,
  userId: string,
): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
