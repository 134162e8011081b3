// /api/audit: the administrator's view of the audit log, its CSV export (itself audited) and a
// check of the hash chain.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import Papa from "papaparse";
import { z } from "zod";
import {
  AuditListQuerySchema,
  AuditListResponseSchema,
  AuditVerificationSchema,
  ProblemSchema,
  type AuditEvent,
  type AuditListQuery,
} from "../../src/domain";
import { recordAudit } from "./auditTrail";
import { verifyAuditChain } from "./auditVerify";
import type { Database } from "../db/connect";
import {
  anyOf,
  countAll,
  orderWithTieBreak,
  pageWindow,
} from "../db/listQuery";
import { auditEvents } from "../db/schema";
import { allow } from "../http/access";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const sortColumns = {
  at: auditEvents.at,
  action: auditEvents.action,
  actorName: auditEvents.actorName,
} as const;

function auditFilters(query: AuditListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    query.action && anyOf(auditEvents.action, query.action),
    query.actorName ? eq(auditEvents.actorName, query.actorName) : undefined,
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    query.from ? gte(auditEvents.at, new Date(query.from)) : undefined,
    query.to ? lt(auditEvents.at, new Date(query.to)) : undefined,
  ];
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}

function toAuditEvent(row: typeof auditEvents.$inferSelect): AuditEvent {
  return { ...row, at: row.at.toISOString(), detail: row.detail ?? null };
}

export const auditRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/audit", {
    config: { access: allow("audit", "list") },
    schema: {
      tags: ["audit"],
      summary: "The audit log, newest first",
      querystring: AuditListQuerySchema,
      response: { 200: AuditListResponseSchema, ...problems },
    },
    handler: async (request) => {
      const where = auditFilters(request.query);
      const { limit, offset } = pageWindow(request.query);
      const [rows, [counted]] = await Promise.all([
        db
          .select()
          .from(auditEvents)
          .where(where)
          .orderBy(
            ...orderWithTieBreak(
              request.query.order,
              sortColumns[request.query.sort],
              auditEvents.id,
            ),
          )
          .limit(limit)
          .offset(offset),
        db.select({ total: countAll }).from(auditEvents).where(where),
      ]);
      return { data: rows.map(toAuditEvent), total: counted?.total ?? 0 };
    },
  });

  app.get("/api/audit/export.csv", {
    config: { access: allow("audit", "list") },
    schema: {
      tags: ["audit"],
      summary:
        "The filtered audit log as CSV (at most 50,000 rows; the export is audited)",
      querystring: AuditListQuerySchema.omit({ page: true, perPage: true }),
      response: { 200: z.string().describe("text/csv"), ...problems },
    },
    handler: async (request, reply) => {
      const where = auditFilters({ ...request.query, page: 1, perPage: 1 });
      const rows = await db
        .select()
        .from(auditEvents)
        .where(where)
        .orderBy(sql`${auditEvents.id} asc`)
        .limit(50_000);
      await recordAudit(db, request, {
        action: "audit.export",
        detail: { rows: rows.length, filters: { ...request.query } },
      });
      const csv = Papa.unparse(
        rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actor: r.actorName ?? "",
          action: r.action,
          entity: r.entity ?? "",
          entityId: r.entityId ?? "",
          detail: r.detail ? JSON.stringify(r.detail) : "",
          ip: r.ip ?? "",
          hash: r.hash,
        })),
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "Content-Disposition",
          'attachment; filename="portsafe-audit.csv"',
        )
        .send(csv);
    },
  });

  app.get("/api/audit/verification", {
    config: { access: allow("audit", "list") },
    schema: {
      tags: ["audit"],
      summary:
        "Recompute the hash chain and say whether any row was changed or removed",
      response: { 200: AuditVerificationSchema, ...problems },
    },
    handler: () => verifyAuditChain(db),
  });
};
