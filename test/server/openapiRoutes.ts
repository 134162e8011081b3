// Every route the OpenAPI document lists, with who may call it: shared by the access matrix and
// the bad-input property test, so both walk the same routes and agree on the rules.
import type { FastifyInstance } from "fastify";
import type { Role } from "../../src/domain";

export type Rule = "public" | "intake" | readonly Role[];
export const allRoles: readonly Role[] = [
  "desk",
  "analyst",
  "manager",
  "admin",
];
const reportReaders: readonly Role[] = ["desk", "analyst"];
const desk: readonly Role[] = ["desk"];
const admin: readonly Role[] = ["admin"];
/** Managers and admins change the membership register and the assessments. */
const editors: readonly Role[] = ["manager", "admin"];

/** `METHOD path` as in the OpenAPI document → who may call it. */
export const accessRules: Record<string, Rule> = {
  "GET /api/health": "public",
  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "public",
  "GET /api/auth/me": allRoles,
  "GET /api/auth/session": allRoles,
  "POST /api/auth/mfa/enrolment": allRoles,
  "POST /api/auth/mfa/enrolment/confirm": allRoles,
  "POST /api/auth/mfa/verify": allRoles,
  "GET /api/accounts": admin,
  "POST /api/accounts": admin,
  "GET /api/accounts/{id}": admin,
  "PATCH /api/accounts/{id}": admin,
  "POST /api/accounts/{id}/password": admin,
  "DELETE /api/accounts/{id}/mfa": admin,
  "GET /api/accounts/role-grants": admin,
  "POST /api/accounts/role-grants/{id}/approval": admin,
  "POST /api/accounts/role-grants/{id}/rejection": admin,
  "GET /api/audit": admin,
  "GET /api/audit/export.csv": admin,
  "GET /api/audit/verification": admin,
  "GET /api/reports": reportReaders,
  "POST /api/reports": desk,
  "GET /api/reports/{id}": reportReaders,
  "PATCH /api/reports/{id}": desk,
  "GET /api/reports/queues": reportReaders,
  "POST /api/reports/claim": desk,
  "POST /api/reports/bulk": desk,
  "POST /api/reports/{id}/transitions": desk,
  "POST /api/reports/{id}/assignment": desk,
  "GET /api/reports/{id}/events": reportReaders,
  "POST /api/reports/{id}/notes": desk,
  "GET /api/reports/{id}/similar": reportReaders,
  "POST /api/reports/{id}/links": desk,
  "GET /api/reports/{id}/referral-suggestions": desk,
  "POST /api/reports/{id}/referrals": desk,
  "GET /api/reports/{id}/viewers": reportReaders,
  "PUT /api/reports/{id}/viewers": reportReaders,
  "DELETE /api/reports/{id}/viewers": reportReaders,
  "GET /api/events": reportReaders,
  "GET /api/referrals": reportReaders,
  "GET /api/referrals/{id}": reportReaders,
  "PATCH /api/referrals/{id}": desk,
  "POST /api/intake/reports": "intake",
  "GET /api/settings/sla": allRoles,
  "PUT /api/settings/sla": admin,
  "GET /api/settings/map": allRoles,
  "GET /api/ports": allRoles,
  "GET /api/ports/{id}": allRoles,
  "GET /api/users": allRoles,
  "GET /api/users/{id}": allRoles,
  "GET /api/members": allRoles,
  "GET /api/members/{id}": allRoles,
  "GET /api/assessments": allRoles,
  "GET /api/assessments/{id}": allRoles,
  "POST /api/members": editors,
  "PATCH /api/members/{id}": editors,
  "POST /api/members/import": editors,
  "GET /api/members/export.csv": allRoles,
  "POST /api/assessments": editors,
  "PATCH /api/assessments/{id}": editors,
  "POST /api/assessments/{id}/baseline": editors,
  "GET /api/psems/framework": allRoles,
  "PUT /api/psems/framework": admin,
  "GET /api/coverage": editors,
  // Aggregates only (small counts suppressed outside the desk); patterns name reports.
  "GET /api/stats/ports": ["desk", "analyst", "manager"],
  "GET /api/stats/timeseries": ["desk", "analyst", "manager"],
  "GET /api/stats/summary": ["desk", "analyst", "manager"],
  // Exports of those aggregates, each audited: the same roles, the same suppression.
  "GET /api/stats/ports/export.csv": ["desk", "analyst", "manager"],
  "GET /api/stats/timeseries/export.csv": ["desk", "analyst", "manager"],
  "GET /api/stats/summary/export.csv": ["desk", "analyst", "manager"],
  "POST /api/exports": ["desk", "analyst", "manager"],
  "GET /api/patterns": reportReaders,
  "POST /api/patterns/{id}/review": ["analyst"],
};

/** The parts of an OpenAPI 3.1 document the route walkers read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
export interface OpenApiOperation {
  parameters?: {
    name: string;
    in: "path" | "query" | "header";
    required?: boolean;
    schema?: JsonSchema;
  }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  /** A record's keys (an enum) and values. */
  propertyNames?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export interface DocumentedRoute {
  /** `METHOD path`, the key of accessRules. */
  key: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The OpenAPI path, with `{id}`-style parameters. */
  path: string;
  operation: OpenApiOperation;
}

export async function loadOpenApiDocument(
  app: FastifyInstance,
): Promise<OpenApiDocument> {
  const response = await app.inject({
    method: "GET",
    url: "/api/openapi.json",
  });
  return response.json() as OpenApiDocument;
}

export function documentedRoutes(doc: OpenApiDocument): DocumentedRoute[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase() as DocumentedRoute["method"],
      path,
      operation,
    })),
  );
}

/** The path with every `{param}` replaced by `segment` (which the caller has URL-encoded). */
export function fillPath(path: string, segment: string): string {
  return path.replace(/\{[^}]+\}/g, segment);
}
