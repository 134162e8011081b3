// Signing in, and the problem the API answers without a session or with the wrong role.
// (Ported from the mock API's tests, issue #12; auth.test.ts covers the rest of signing in.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser, Report } from "../../src/domain";
import { call, expectProblem } from "./apiCalls";
import { cookieHeader, createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (body: object) => call(t, null, "POST", "/api/auth/login", body);

describe("signing in", () => {
  it("refuses a wrong password and an unknown user with the same message", async () => {
    const wrongPassword = expectProblem(
      await login({ username: "desk", password: "guess" }),
      401,
    );
    const unknownUser = expectProblem(
      await login({ username: "nobody", password: "portsafe-demo" }),
      401,
    );
    expect(wrongPassword.detail).toBe(
      "The username or password is not right. Check them and try again.",
    );
    expect(unknownUser.detail).toBe(wrongPassword.detail);
  });

  it("accepts the username in any case", async () => {
    const response = await login({
      username: "Desk",
      password: "portsafe-demo",
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as CurrentUser).username).toBe("desk");
  });

  it("signs the analyst in, says who is signed in, and signs out", async () => {
    // Demo mode (the test default), where no second factor is asked for.
    const response = await login({
      username: "analyst",
      password: "portsafe-demo",
    });
    expect(response.statusCode).toBe(200);
    const analyst = response.json() as CurrentUser;
    expect(analyst).toEqual({
      id: expect.any(String),
      username: "analyst",
      displayName: "Intelligence Analyst (demo)",
      roles: ["analyst"],
      mfa: "done",
    });
    const cookie = cookieHeader(response);
    expect((await call(t, cookie, "GET", "/api/auth/me")).json()).toEqual(
      analyst,
    );
    expect((await call(t, cookie, "POST", "/api/auth/logout")).statusCode).toBe(
      204,
    );
    expectProblem(await call(t, cookie, "GET", "/api/auth/me"), 401);
  });
});

describe("access to resources", () => {
  it("answers 401 to every resource without a session", async () => {
    for (const path of [
      "/api/reports",
      "/api/ports",
      "/api/members",
      "/api/assessments",
      "/api/users",
    ]) {
      const problem = expectProblem(await call(t, null, "GET", path), 401);
      expect(problem.type, path).toBe("urn:portsafe:problem:unauthenticated");
    }
  });

  it("keeps report text from the manager (403) but shows the member register", async () => {
    const desk = await t.login("desk");
    const [report] = (
      (await call(t, desk, "GET", "/api/reports?perPage=1")).json() as {
        data: Report[];
      }
    ).data;
    const manager = await t.login("manager");
    const problem = expectProblem(
      await call(t, manager, "GET", "/api/reports"),
      403,
    );
    expect(problem.type).toBe("urn:portsafe:problem:forbidden");
    expectProblem(
      await call(t, manager, "GET", `/api/reports/${report!.id}`),
      403,
    );
    expect((await call(t, manager, "GET", "/api/members")).statusCode).toBe(
      200,
    );
    expect((await call(t, manager, "GET", "/api/assessments")).statusCode).toBe(
      200,
    );
  });
});
