// Need-to-know, checked route by route: every route in the OpenAPI document is called with no
// session and as each role, and must answer as the table in openapiRoutes.ts says. A route
// missing from the table fails the build, so no endpoint ships without a decided rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain";
import {
  accessRules,
  allRoles as all,
  documentedRoutes,
  fillPath,
  loadOpenApiDocument,
} from "./openapiRoutes";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let routes: string[] = [];
const cookies = new Map<Role, string>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of all) cookies.set(role, await t.login(role));
  routes = documentedRoutes(await loadOpenApiDocument(t.app)).map(
    (route) => route.key,
  );
});
afterAll(() => t.close());

const someId = "00000000-0000-4000-8000-000000000000";

function call(route: string, cookie?: string) {
  const [method, path] = route.split(" ") as [string, string];
  const url = fillPath(path, someId);
  return t.app.inject({
    method: method as "GET",
    url,
    headers: cookie ? { cookie } : {},
    ...(method === "GET" || method === "DELETE" ? {} : { payload: {} }),
  });
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
      if (rule === "public" || rule === "intake" || rule === undefined)
        continue;
      // Signing out would end the session the rest of the matrix uses; the event stream never
      // ends, so its allowed roles are checked over real HTTP in live.test.ts.
      if (route === "POST /api/auth/logout") continue;
      if (route === "GET /api/events") {
        for (const role of all.filter((r) => !rule.includes(r)))
          expect(
            (await call(route, cookies.get(role))).statusCode,
            `${role} ${route}`,
          ).toBe(403);
        continue;
      }
      for (const role of all) {
        const response = await call(route, cookies.get(role));
        if (rule.includes(role))
          expect([401, 403], `${role} ${route}`).not.toContain(
            response.statusCode,
          );
        else expect(response.statusCode, `${role} ${route}`).toBe(403);
      }
    }
  });

  it("keeps report text from managers: no report, search, timeline or similar-report route answers them", async () => {
    for (const url of [
      "/api/reports?q=vessel",
      `/api/reports/${someId}`,
      `/api/reports/${someId}/events`,
      `/api/reports/${someId}/similar`,
    ]) {
      expect(
        (
          await t.app.inject({
            method: "GET",
            url,
            headers: { cookie: cookies.get("manager")! },
          })
        ).statusCode,
        url,
      ).toBe(403);
    }
  });
});
