// Need-to-know, checked route by route: every route in the OpenAPI document is called with no
// session and as each role, and must answer as this table says. A route missing from the table
// fails the build, so no endpoint ships without a decided rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain";
import { createTestApp, type TestApp } from "./testApp";

type Rule = "public" | "intake" | readonly Role[];
const all: readonly Role[] = ["desk", "analyst", "manager", "admin"];
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
  "GET /api/auth/me": all,
  "GET /api/auth/session": all,
  "POST /api/auth/mfa/enrolment": all,
  "POST /api/auth/mfa/enrolment/confirm": all,
  "POST /api/auth/mfa/verify": all,
  "GET /api/accounts": admin,
  "POST /api/accounts": admin,
  "GET /api/accounts/{id}": admin,
  "PATCH /api/accounts/{id}": admin,
  "POST /api/accounts/{id}/password": admin,
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
  "GET /api/settings/sla": all,
  "PUT /api/settings/sla": admin,
  "GET /api/ports": all,
  "GET /api/ports/{id}": all,
  "GET /api/users": all,
  "GET /api/users/{id}": all,
  "GET /api/members": all,
  "GET /api/members/{id}": all,
  "GET /api/assessments": all,
  "GET /api/assessments/{id}": all,
  "POST /api/members": editors,
  "PATCH /api/members/{id}": editors,
  "POST /api/members/import": editors,
  "GET /api/members/export.csv": all,
  "POST /api/assessments": editors,
  "PATCH /api/assessments/{id}": editors,
  "POST /api/assessments/{id}/baseline": editors,
  "GET /api/psems/framework": all,
  "PUT /api/psems/framework": admin,
  "GET /api/coverage": editors,
  // Aggregates only (small counts suppressed outside the desk); patterns name reports.
  "GET /api/stats/ports": ["desk", "analyst", "manager"],
  "GET /api/stats/timeseries": ["desk", "analyst", "manager"],
  "GET /api/stats/summary": ["desk", "analyst", "manager"],
  "GET /api/patterns": reportReaders,
  "POST /api/patterns/{id}/review": ["analyst"],
};

let t: TestApp;
let routes: string[] = [];
const cookies = new Map<Role, string>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of all) cookies.set(role, await t.login(role));
  const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
});
afterAll(() => t.close());

const someId = "00000000-0000-4000-8000-000000000000";

function call(route: string, cookie?: string) {
  const [method, path] = route.split(" ") as [string, string];
  const url = path.replace(/\{[^}]+\}/g, someId);
  return t.app.inject({ method: method as "GET", url, headers: cookie ? { cookie } : {}, ...(method === "GET" || method === "DELETE" ? {} : { payload: {} }) });
}

describe("the access matrix", () => {
  it("has a rule for every route the API documents", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !(r in accessRules))).toEqual([]);
  });

  it("refuses every non-public route without a session (or intake key)", async () => {
    for (const route of routes) {
      const rule = accessRules[route];
      if (rule === "public") continue;
      const response = await call(route);
      expect(response.statusCode, route).toBe(401);
    }
  });

  it("answers 403 to every role the rule leaves out, and never 401/403 to a role it lets in", async () => {
    for (const route of routes) {
      const rule = accessRules[route];
      if (rule === "public" || rule === "intake" || rule === undefined) continue;
      // Signing out would end the session the rest of the matrix uses; the event stream never
      // ends, so its allowed roles are checked over real HTTP in live.test.ts.
      if (route === "POST /api/auth/logout") continue;
      if (route === "GET /api/events") {
        for (const role of all.filter((r) => !rule.includes(r))) expect((await call(route, cookies.get(role))).statusCode, `${role} ${route}`).toBe(403);
        continue;
      }
      for (const role of all) {
        const response = await call(route, cookies.get(role));
        if (rule.includes(role)) expect([401, 403], `${role} ${route}`).not.toContain(response.statusCode);
        else expect(response.statusCode, `${role} ${route}`).toBe(403);
      }
    }
  });

  it("keeps report text from managers: no report, search, timeline or similar-report route answers them", async () => {
    for (const url of ["/api/reports?q=vessel", `/api/reports/${someId}`, `/api/reports/${someId}/events`, `/api/reports/${someId}/similar`]) {
      expect((await t.app.inject({ method: "GET", url, headers: { cookie: cookies.get("manager")! } })).statusCode, url).toBe(403);
    }
  });
});
