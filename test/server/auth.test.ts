import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backgroundRequestHeader } from "../../src/domain";
import { rows } from "./dbQuery";
import { cookieHeader, createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("signing in and out", () => {
  it("answers health without a session, naming the database", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: t.kind });
  });

  it("signs the desk officer in with an HttpOnly, SameSite=Strict session cookie", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "desk", password: "portsafe-demo" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      username: "desk",
      roles: ["desk"],
    });
    const [cookie] = response.cookies;
    expect(cookie).toMatchObject({
      name: "portsafe_session",
      httpOnly: true,
      sameSite: "Strict",
      path: "/",
    });
    expect(cookie!.value.length).toBeGreaterThanOrEqual(40);

    const me = await t.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: cookieHeader(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: "desk",
      displayName: expect.any(String),
      roles: ["desk"],
    });
  });

  it("gives the same answer for a wrong password and an unknown user", async () => {
    const wrongPassword = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "desk", password: "nope" },
    });
    const unknownUser = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "nobody", password: "nope" },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.headers["content-type"]).toContain(
      "application/problem+json",
    );
    expect(wrongPassword.json().detail).toBe(unknownUser.json().detail);
    expect(wrongPassword.cookies).toEqual([]);
  });

  it("rejects a login body with an unknown field, naming it", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "desk", password: "x", admin: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: "admin",
        message: "admin is not a field this request accepts; remove it",
      },
    ]);
  });

  it("ends the session on logout, so the old cookie is refused", async () => {
    const cookie = await t.login("analyst");
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie },
    });
    expect(logout.statusCode).toBe(204);
    const me = await t.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie },
    });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ status: 401, title: "Sign in required" });
  });

  it("refuses a made-up session token", async () => {
    const me = await t.app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: "portsafe_session=forged-token" },
    });
    expect(me.statusCode).toBe(401);
  });
});

describe("who may use which endpoint", () => {
  const protectedGets = [
    "/api/auth/me",
    "/api/reports",
    "/api/ports",
    "/api/members",
    "/api/assessments",
    "/api/users",
  ];

  it.each(protectedGets)(
    "answers 401 problem+json for %s without a session",
    async (url) => {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode).toBe(401);
      expect(response.headers["content-type"]).toContain(
        "application/problem+json",
      );
    },
  );

  const matrix: [string, string, number][] = [
    ["desk", "/api/reports", 200],
    ["analyst", "/api/reports", 200],
    ["manager", "/api/reports", 403],
    ["admin", "/api/reports", 403],
    ["manager", "/api/members", 200],
    ["desk", "/api/members", 200],
    ["analyst", "/api/assessments", 200],
    ["admin", "/api/ports", 200],
    ["manager", "/api/users", 200],
  ];

  it.each(matrix)("as %s, GET %s answers %i", async (username, url, status) => {
    const cookie = await t.login(username);
    const response = await t.app.inject({
      method: "GET",
      url,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(status);
  });

  it("refuses report changes to an analyst, and audits the refusal", async () => {
    const cookie = await t.login("analyst");
    const list = await t.app.inject({
      method: "GET",
      url: "/api/reports?perPage=1",
      headers: { cookie },
    });
    const report = list.json().data[0];
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/reports/${report.id}`,
      headers: { cookie, "if-match": `"${report.version}"` },
      payload: { risk: "low" },
    });
    expect(response.statusCode).toBe(403);
    const audit = await t.db.execute(
      `select action, actor_name from audit_events where action = 'auth.denied' and actor_name = 'analyst'`,
    );
    expect(
      (audit as unknown as { rows: unknown[] }).rows.length,
    ).toBeGreaterThanOrEqual(1);
  });
});

describe("the idle clock", () => {
  /** Moves the session's last activity back, as if the officer had been away that long. */
  async function awayFor(username: string, minutes: number) {
    await t.db.execute(
      sql`update sessions set last_seen_at = now() - make_interval(mins => ${minutes}) where user_id = (select id from users where username = ${username})`,
    );
  }
  async function minutesIdle(username: string) {
    const [row] = await rows<{ minutes: number }>(
      t.db,
      sql`select round(extract(epoch from now() - max(last_seen_at)) / 60)::int as minutes from sessions where user_id = (select id from users where username = ${username})`,
    );
    return row!.minutes;
  }

  it("is not restarted by the app's own background requests, so an unattended screen still times out", async () => {
    const cookie = await t.login("desk3");
    await awayFor("desk3", 10);
    const heartbeat = await t.app.inject({
      method: "GET",
      url: "/api/reports/queues",
      headers: { cookie, [backgroundRequestHeader]: "1" },
    });
    expect(heartbeat.statusCode).toBe(200);
    expect(await minutesIdle("desk3")).toBe(10);

    await awayFor("desk3", 16);
    const late = await t.app.inject({
      method: "GET",
      url: "/api/reports/queues",
      headers: { cookie, [backgroundRequestHeader]: "1" },
    });
    expect(late.statusCode).toBe(401);
  });

  it("is restarted by a request the officer made", async () => {
    const cookie = await t.login("desk4");
    await awayFor("desk4", 10);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/reports/queues",
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(200);
    expect(await minutesIdle("desk4")).toBe(0);
  });
});
