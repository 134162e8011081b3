// Stable, readable operationIds for every route of the OpenAPI document: derived from method and
// path, with a few names chosen by hand where the derived one reads badly. A generated client
// names its functions after them, so changing one is a breaking change for its users.
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Where the name derived from method and path reads badly or says too little. */
const operationIdOverrides: Record<string, string> = {
  "GET /api/health": "getHealth",
  "POST /api/auth/login": "login",
  "POST /api/auth/logout": "logout",
  "GET /api/auth/me": "getCurrentUser",
  "GET /api/auth/session": "getSession",
  "POST /api/auth/mfa/enrolment": "startMfaEnrolment",
  "POST /api/auth/mfa/enrolment/confirm": "confirmMfaEnrolment",
  "POST /api/auth/mfa/verify": "verifyMfa",
  "GET /api/accounts/role-grants": "listRoleGrants",
  "POST /api/accounts/role-grants/{id}/approval": "approveRoleGrant",
  "POST /api/accounts/role-grants/{id}/rejection": "rejectRoleGrant",
  "POST /api/accounts/{id}/password": "resetAccountPassword",
  "DELETE /api/accounts/{id}/mfa": "resetAccountMfa",
  "GET /api/audit": "listAuditEvents",
  "GET /api/audit/export.csv": "exportAuditCsv",
  "GET /api/audit/verification": "verifyAuditChain",
  "GET /api/reports/queues": "getQueueCounts",
  "POST /api/reports/claim": "claimNextReport",
  "POST /api/reports/bulk": "bulkUpdateReports",
  "POST /api/reports/{id}/transitions": "transitionReport",
  "POST /api/reports/{id}/assignment": "assignReport",
  "POST /api/reports/{id}/notes": "addReportNote",
  "GET /api/reports/{id}/similar": "listSimilarReports",
  "POST /api/reports/{id}/links": "linkReports",
  "POST /api/reports/{id}/referrals": "referReport",
  "PUT /api/reports/{id}/viewers": "markReportViewing",
  "DELETE /api/reports/{id}/viewers": "unmarkReportViewing",
  "POST /api/intake/reports": "receiveIntakeReport",
  "GET /api/events": "streamEvents",
  "GET /api/settings/sla": "getSlaPolicy",
  "PUT /api/settings/sla": "setSlaPolicy",
  "GET /api/settings/map": "getMapSettings",
  "POST /api/members/import": "importMembersCsv",
  "GET /api/members/export.csv": "exportMembersCsv",
  "POST /api/assessments/{id}/baseline": "createAssessmentBaseline",
  "GET /api/psems/framework": "getPsemsFramework",
  "PUT /api/psems/framework": "setPsemsFramework",
  "GET /api/coverage": "getCoverage",
  "GET /api/stats/ports": "getPortStats",
  "GET /api/stats/timeseries": "getStatsTimeseries",
  "GET /api/stats/summary": "getStatsSummary",
  "GET /api/stats/ports/export.csv": "exportPortStatsCsv",
  "GET /api/stats/timeseries/export.csv": "exportStatsTimeseriesCsv",
  "GET /api/stats/summary/export.csv": "exportStatsSummaryCsv",
  "POST /api/exports": "recordPngExport",
  "POST /api/patterns/{id}/review": "reviewPattern",
};

const pascal = (word: string) =>
  word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
const singular = (word: string) =>
  word.endsWith("ies")
    ? `${word.slice(0, -3)}y`
    : word.endsWith("s")
      ? word.slice(0, -1)
      : word;

/**
 * `listReports`, `createReport`, `getReport`, `updateReport`, `getReportEvents`…: the verb from
 * the method (GET on a collection lists), the nouns from the path, singular before an `{id}`.
 */
export function operationIdFor(method: Method, path: string): string {
  const override = operationIdOverrides[`${method} ${path}`];
  if (override) return override;
  const segments = path.replace(/^\/api\//, "").split("/");
  const nouns = segments.flatMap((segment, index) => {
    if (segment.startsWith("{")) return [];
    const beforeId = segments[index + 1]?.startsWith("{");
    return [pascal(beforeId ? singular(segment) : segment)];
  });
  const onOne = segments.at(-1)!.startsWith("{");
  // The record the call acts on: the last noun, singular when the call acts on one of them.
  if (!onOne && method !== "GET") nouns.push(singular(nouns.pop()!));
  const verb = {
    GET: onOne ? "get" : "list",
    POST: "create",
    PUT: "replace",
    PATCH: "update",
    DELETE: "delete",
  }[method];
  return verb + nouns.join("");
}

/** The route's path as the document writes it: `:id` → `{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}
