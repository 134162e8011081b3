import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the API documents itself", () => {
  it("serves an OpenAPI 3.1 document generated from the zod contract", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/openapi.json",
    });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/auth/login",
        "/api/reports",
        "/api/reports/{id}",
        "/api/ports",
        "/api/members",
        "/api/assessments",
      ]),
    );
    expect(
      doc.paths["/api/reports"].get.parameters.map(
        (p: { name: string }) => p.name,
      ),
    ).toEqual(
      expect.arrayContaining(["page", "perPage", "sort", "q", "status"]),
    );
    expect(doc.components.schemas.Report.properties.reference).toBeDefined();
  });

  it("serves a browsable reference at /api/docs to signed-in users, under the app's strict CSP", async () => {
    const cookie = await t.login("analyst");
    for (const url of [
      "/api/docs/",
      "/api/docs/static/swagger-initializer.js",
      "/api/docs/json",
    ]) {
      const response = await t.app.inject({
        method: "GET",
        url,
        headers: { cookie },
      });
      expect(response.statusCode, url).toBe(200);
      const csp = response.headers["content-security-policy"] as string;
      // helmet's policy with this response's nonces, not @fastify/swagger-ui's static one.
      expect(csp, url).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
      expect(csp, url).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toContain("https:");
    }
    const page = await t.app.inject({
      method: "GET",
      url: "/api/docs/",
      headers: { cookie },
    });
    expect(page.body).toContain("swagger-ui-bundle.js");
    // The page works under that policy because it has no inline script or style to allow.
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.body).not.toMatch(/<style|\bstyle=/);
  });

  it("refuses the reference without a session", async () => {
    for (const url of ["/api/docs/", "/api/docs/json"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(401);
      expect(response.headers["content-type"]).toContain(
        "application/problem+json",
      );
    }
  });

  it("answers an unknown API path with a 404 problem", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/nothing-here",
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain(
      "application/problem+json",
    );
  });
});
