// The audit trail: one append-only row per login, failed authorisation, report view and change.
// Rows never carry report free text or anything about a reporter.
import type { FastifyRequest } from "fastify";
import type { Database } from "./db/connect";
import { auditEvents } from "./db/schema";

export type AuditAction =
  | "auth.login"
  | "auth.login_failed"
  | "auth.logout"
  | "auth.denied"
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
  | "user.create";

export interface AuditEntry {
  action: AuditAction;
  entity?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
  actor?: { id: string; username: string } | null;
}

export async function recordAudit(db: Database, request: FastifyRequest | null, entry: AuditEntry): Promise<void> {
  const actor = entry.actor ?? request?.user ?? null;
  await db.insert(auditEvents).values({
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? null,
    actorId: actor?.id ?? null,
    actorName: actor?.username ?? null,
    ip: request?.ip ?? null,
  });
}
