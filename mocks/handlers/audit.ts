// /api/audit (server/routes/auditLog.ts): the audit log, its CSV export and the chain check.
// The mock's log is a fixed history made from the demo users and reports (sign-ins, report
// views and changes), newest at the dataset's `now`; it does not grow as the mock is used.
import { http, HttpResponse, type HttpHandler } from "msw";
import Papa from "papaparse";
import {
  AuditListQuerySchema,
  AuditListResponseSchema,
  AuditVerificationSchema,
  type AuditEvent,
  type AuditListQuery,
} from "../../src/domain";
import { defaultMockNow, type MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { contractResponse } from "./contractResponse";
import { anyOf, queryObject } from "./listRoute";
import { problemResponse, validationProblem } from "./problems";

const historyLength = 60;
const minute = 60_000;

/** Stands in for the SHA-256 chain hash: 64 hex characters that differ row by row. */
function fakeHash(id: number): string {
  return Array.from({ length: 8 }, (_, i) =>
    ((id * 2654435761 + i * 40503) >>> 0).toString(16).padStart(8, "0"),
  ).join("");
}

function eventAt(db: MockDb, id: number): AuditEvent {
  const actor = db.users[id % db.users.length]!;
  const report = db.reports[id % Math.max(1, db.reports.length)];
  const at = new Date(
    defaultMockNow.getTime() - (historyLength - id) * 37 * minute,
  ).toISOString();
  const base = {
    id,
    at,
    actorId: actor.id,
    actorName: actor.displayName,
    entity: null,
    entityId: null,
    detail: null,
    ip: "10.20.30.40",
    hash: fakeHash(id),
  };
  switch (id % 5) {
    case 0:
      return { ...base, action: "auth.login" };
    case 1:
      return {
        ...base,
        action: "report.view",
        entity: "report",
        entityId: report?.id ?? null,
      };
    case 2:
      return {
        ...base,
        action: "report.update",
        entity: "report",
        entityId: report?.id ?? null,
        detail: { changed: ["risk", "riskRationale"], version: 3 },
      };
    case 3:
      return {
        ...base,
        action: "auth.login_failed",
        actorId: null,
        actorName: null,
        detail: { username: actor.username },
      };
    default:
      return { ...base, action: "auth.logout" };
  }
}

/** Nulls last in both orders, then the row id, like the server's orderWithTieBreak. */
function byField(
  field: AuditListQuery["sort"],
  order: "asc" | "desc",
): (a: AuditEvent, b: AuditEvent) => number {
  const direction = order === "asc" ? 1 : -1;
  return (a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return direction * (a.id - b.id);
    if (x === null) return 1;
    if (y === null) return -1;
    return direction * (x < y ? -1 : 1);
  };
}

function auditHistory(db: MockDb): AuditEvent[] {
  return Array.from({ length: historyLength }, (_, i) => eventAt(db, i + 1));
}

function auditMatches(
  event: AuditEvent,
  query: Omit<AuditListQuery, "page" | "perPage">,
): boolean {
  return (
    anyOf(query.action, event.action) &&
    (query.actorName === undefined || event.actorName === query.actorName) &&
    (query.entityId === undefined || event.entityId === query.entityId) &&
    (query.from === undefined ||
      Date.parse(event.at) >= Date.parse(query.from)) &&
    (query.to === undefined || Date.parse(event.at) < Date.parse(query.to))
  );
}

const ExportQuerySchema = AuditListQuerySchema.omit({
  page: true,
  perPage: true,
});

export function auditHandlers(db: MockDb): HttpHandler[] {
  const deny = () => denyUnlessAllowed(db, "audit", "list");
  return [
    http.get("*/api/audit/export.csv", ({ request }) => {
      const denied = deny();
      if (denied) return denied;
      const parsed = ExportQuerySchema.safeParse(
        queryObject(new URL(request.url).searchParams),
      );
      if (!parsed.success)
        return problemResponse(validationProblem("query", parsed.error));
      const rows = auditHistory(db)
        .filter((event) => auditMatches(event, parsed.data))
        .sort((a, b) => a.id - b.id);
      const csv = Papa.unparse(
        rows.map((r) => ({
          id: r.id,
          at: r.at,
          actor: r.actorName ?? "",
          action: r.action,
          entity: r.entity ?? "",
          entityId: r.entityId ?? "",
          detail: r.detail ? JSON.stringify(r.detail) : "",
          ip: r.ip ?? "",
          hash: r.hash,
        })),
      );
      return new HttpResponse(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="portsafe-audit.csv"',
        },
      });
    }),

    http.get(
      "*/api/audit/verification",
      () =>
        deny() ??
        contractResponse(AuditVerificationSchema, {
          ok: true,
          checked: historyLength,
        }),
    ),

    // Not listHandler: audit rows have numeric ids (a sequence), which it does not take.
    http.get("*/api/audit", ({ request }) => {
      const denied = deny();
      if (denied) return denied;
      const parsed = AuditListQuerySchema.safeParse(
        queryObject(new URL(request.url).searchParams),
      );
      if (!parsed.success)
        return problemResponse(validationProblem("query", parsed.error));
      const query = parsed.data;
      const matching = auditHistory(db).filter((event) =>
        auditMatches(event, query),
      );
      matching.sort(byField(query.sort, query.order));
      const start = (query.page - 1) * query.perPage;
      return contractResponse(AuditListResponseSchema, {
        data: matching.slice(start, start + query.perPage),
        total: matching.length,
      });
    }),
  ];
}
