// The audit trail: one append-only row per login, failed authorisation, report view and change.
// Rows never carry report free text or anything about a reporter.
import type { FastifyRequest } from "fastify";
import { desc, sql } from "drizzle-orm";
import { auditRowHash, genesisHash } from "./auditChain";
import type { Queryable, Transaction } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { auditEvents } from "../db/schema";

/** Any fixed number: the advisory lock that serialises audit writers. */
const auditLockKey = 7_420_031;

export type AuditAction =
  | "auth.login"
  | "auth.login_failed"
  | "auth.login_throttled"
  | "auth.password_ok"
  | "auth.mfa_enrolled"
  | "auth.mfa_failed"
  | "auth.logout"
  | "auth.denied"
  | "auth.cross_site_refused"
  | "auth.intake_key_failed"
  | "report.view"
  | "report.update"
  | "report.transition"
  | "report.assign"
  | "report.note"
  | "report.create"
  | "report.link"
  | "referral.create"
  | "referral.update"
  | "settings.update"
  | "member.create"
  | "member.update"
  | "member.import"
  | "assessment.create"
  | "assessment.update"
  | "psems.update"
  | "pattern.review"
  | "export"
  | "audit.export"
  | "user.create"
  | "user.update"
  | "user.password_reset"
  | "user.mfa_reset"
  | "user.role_grant_requested"
  | "user.role_grant_approved"
  | "user.role_grant_rejected";

export interface AuditEntry {
  action: AuditAction;
  entity?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
  actor?: { id: string; username: string } | null;
  /** The client address, when the row is written outside its request (summaries). */
  ip?: string | null;
}

/**
 * Appends one row to the chain. A transaction-scoped advisory lock serialises writers (across
 * instances too), so each row links to the row truly before it.
 */
export async function recordAudit(
  db: Queryable,
  request: FastifyRequest | null,
  entry: AuditEntry,
): Promise<void> {
  const actor = entry.actor ?? request?.user ?? null;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${auditLockKey})`);
    const [last] = await tx
      .select({ id: auditEvents.id, hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.id))
      .limit(1);
    const [{ nextId }] = (await queryRows<{ nextId: number }>(
      tx,
      sql`select nextval(pg_get_serial_sequence('audit_events', 'id'))::int as "nextId"`,
    )) as [{ nextId: number }];
    const row = {
      id: nextId,
      at: new Date(),
      actorId: actor?.id ?? null,
      actorName: actor?.username ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      detail: entry.detail ?? null,
      ip: entry.ip ?? request?.ip ?? null,
    };
    const prevHash = last?.hash ?? genesisHash;
    await tx
      .insert(auditEvents)
      .values({ ...row, prevHash, hash: auditRowHash(prevHash, row) });
  });
}

/**
 * Runs `change` and appends its audit rows in one transaction: both commit, or neither, so a
 * crash can never leave a change the log does not know about. A problem thrown by `change`
 * (404, 409, 422…) rolls everything back and audits nothing. `entries` may answer null when
 * nothing changed (an empty queue) or a list (a bulk action). Repositories that open their own
 * transaction get a savepoint inside this one; pg_notify is delivered at commit.
 */
export async function auditedChange<T>(
  db: Queryable,
  request: FastifyRequest | null,
  change: (tx: Transaction) => Promise<T>,
  entries: (result: T) => AuditEntry | AuditEntry[] | null,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await change(tx);
    for (const entry of [entries(result) ?? []].flat())
      await recordAudit(tx, request, entry);
    return result;
  });
}
