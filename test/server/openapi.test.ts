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

  it("serves a browsable reference at /api/docs", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("swagger");
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
