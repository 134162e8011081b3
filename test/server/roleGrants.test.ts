// Issue #13 point 2: need-to-know cannot be bypassed by one person. Nobody changes their own
// roles; a report-reading role (or admin) asked for by one administrator waits for another.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, AuditEvent, RoleGrant } from "../../src/domain";
import { cookieHeader, createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let admin: string;
let admin2: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin");
  admin2 = await t.login("admin2");
});
afterAll(() => t.close());

async function call(
  cookie: string,
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie, ...headers },
    payload,
  });
}

async function account(username: string): Promise<Account> {
  const list = await call(
    admin,
    "GET",
    `/api/accounts?q=${username}&perPage=100`,
  );
  const found = (list.json().data as Account[]).find(
    (a) => a.username === username,
  );
  if (!found) throw new Error(`no account ${username}`);
  return found;
}

async function setRoles(cookie: string, target: Account, roles: string[]) {
  return call(
    cookie,
    "PATCH",
    `/api/accounts/${target.id}`,
    { roles },
    { "if-match": `"${target.version}"` },
  );
}

async function pendingGrants(cookie = admin2): Promise<RoleGrant[]> {
  const response = await call(
    cookie,
    "GET",
    "/api/accounts/role-grants?status=pending",
  );
  expect(response.statusCode).toBe(200);
  return response.json().data;
}

async function auditRows(action: string, entityId?: string) {
  const response = await call(
    admin,
    "GET",
    `/api/audit?action=${action}&perPage=100`,
  );
  expect(response.statusCode).toBe(200);
  return (response.json().data as AuditEvent[]).filter(
    (row) => entityId === undefined || row.entityId === entityId,
  );
}

describe("nobody changes their own roles", () => {
  it("an administrator who gives themself the desk role is refused with a plain reason, audited, and still cannot read reports", async () => {
    const me = await account("admin");
    const response = await setRoles(admin, me, ["admin", "desk"]);

    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe(
      "Nobody can change their own roles: ask another administrator to change them.",
    );
    expect((await account("admin")).roles).toEqual(["admin"]);
    expect((await call(admin, "GET", "/api/reports")).statusCode).toBe(403);
    const denied = (await auditRows("auth.denied")).find(
      (row) => row.detail?.route === "/api/accounts/:id",
    );
    expect(denied).toMatchObject({
      actorName: "admin",
      detail: {
        method: "PATCH",
        route: "/api/accounts/:id",
        reason: "own roles",
        rolesAsked: ["admin", "desk"],
      },
    });
  });

  it("nor removes their own admin role", async () => {
    const me = await account("admin2");
    const response = await setRoles(admin2, me, ["manager"]);
    expect(response.statusCode).toBe(403);
    expect((await account("admin2")).roles).toEqual(["admin"]);
  });
});

describe("a report-reading role needs a second administrator", () => {
  it("admin asks for the desk role for the manager: the grant waits, the account is unchanged and still cannot read reports", async () => {
    const manager = await account("manager");
    const response = await setRoles(admin, manager, ["manager", "desk"]);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      roles: ["manager"],
      pendingRoles: ["desk"],
      version: manager.version + 1,
    });
    const managerSession = await t.login("manager");
    expect((await call(managerSession, "GET", "/api/reports")).statusCode).toBe(
      403,
    );
    const [grant] = (await pendingGrants()).filter(
      (g) => g.accountId === manager.id,
    );
    expect(grant).toMatchObject({
      accountUsername: "manager",
      accountDisplayName: manager.displayName,
      roles: ["desk"],
      status: "pending",
      requestedByName: "System Administrator (demo)",
      decidedById: null,
    });
    const [requested] = await auditRows(
      "user.role_grant_requested",
      manager.id,
    );
    expect(requested?.detail).toMatchObject({
      grantId: grant!.id,
      roles: ["desk"],
    });
    const [update] = await auditRows("user.update", manager.id);
    expect(update?.detail).toMatchObject({
      rolesBefore: ["manager"],
      rolesAfter: ["manager"],
    });
  });

  it("the administrator who asked cannot approve it (audited); another approves, and the account can then read reports", async () => {
    const analyst = await account("analyst");
    await setRoles(admin, analyst, ["analyst", "desk"]);
    const [grant] = (await pendingGrants()).filter(
      (g) => g.accountId === analyst.id,
    );

    const own = await call(
      admin,
      "POST",
      `/api/accounts/role-grants/${grant!.id}/approval`,
    );
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toBe(
      "You asked for these roles, so another administrator must approve them.",
    );
    expect((await account("analyst")).roles).toEqual(["analyst"]);
    const denied = (await auditRows("auth.denied")).find(
      (row) => row.detail?.grantId === grant!.id,
    );
    expect(denied?.detail).toMatchObject({
      reason: "own request",
      grantId: grant!.id,
    });

    const approved = await call(
      admin2,
      "POST",
      `/api/accounts/role-grants/${grant!.id}/approval`,
    );
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: "approved",
      decidedByName: "Second Administrator (demo)",
    });
    const after = await account("analyst");
    expect(after).toMatchObject({
      roles: ["analyst", "desk"],
      pendingRoles: [],
      version: analyst.version + 2,
    });
    const [row] = await auditRows("user.role_grant_approved", analyst.id);
    expect(row).toMatchObject({
      actorName: "admin2",
      detail: {
        grantId: grant!.id,
        rolesBefore: ["analyst"],
        rolesAfter: ["analyst", "desk"],
      },
    });
    // Decided once: a second approval is a conflict.
    const again = await call(
      admin2,
      "POST",
      `/api/accounts/role-grants/${grant!.id}/approval`,
    );
    expect(again.statusCode).toBe(409);
  });

  it("a grant for an administrator's own account cannot be approved by them", async () => {
    const second = await account("admin2");
    await setRoles(admin, second, ["admin", "analyst"]);
    const [grant] = (await pendingGrants(admin)).filter(
      (g) => g.accountId === second.id,
    );
    const response = await call(
      admin2,
      "POST",
      `/api/accounts/role-grants/${grant!.id}/approval`,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe(
      "These roles are for your own account, so another administrator must approve them.",
    );
    expect((await account("admin2")).roles).toEqual(["admin"]);
  });

  it("a rejected grant leaves the roles as they were, and is audited", async () => {
    const desk3 = await account("desk3");
    await setRoles(admin, desk3, ["desk", "analyst"]);
    const [grant] = (await pendingGrants()).filter(
      (g) => g.accountId === desk3.id,
    );
    const rejected = await call(
      admin2,
      "POST",
      `/api/accounts/role-grants/${grant!.id}/rejection`,
    );
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().status).toBe("rejected");
    expect(await account("desk3")).toMatchObject({
      roles: ["desk"],
      pendingRoles: [],
    });
    const [row] = await auditRows("user.role_grant_rejected", desk3.id);
    expect(row?.detail).toMatchObject({
      rolesBefore: ["desk"],
      rolesAfter: ["desk"],
    });
    const listed = await call(
      admin,
      "GET",
      `/api/accounts/role-grants?status=rejected&accountId=${desk3.id}`,
    );
    expect(listed.json()).toMatchObject({ total: 1 });
  });

  it("admin needs a second administrator too; manager is given at once, and roles are taken away at once", async () => {
    const desk4 = await account("desk4");
    const response = await setRoles(admin, desk4, ["manager", "admin"]);
    expect(response.json()).toMatchObject({
      roles: ["manager"],
      pendingRoles: ["admin"],
    });
    const [update] = await auditRows("user.update", desk4.id);
    expect(update?.detail).toMatchObject({
      rolesBefore: ["desk"],
      rolesAfter: ["manager"],
    });
  });

  it("asking for more roles while a grant waits is refused until it is decided", async () => {
    const desk2 = await account("desk2");
    const first = await setRoles(admin, desk2, ["desk", "analyst"]);
    const more = await setRoles(admin, first.json(), ["desk", "admin"]);
    expect(more.statusCode).toBe(409);
    expect(more.json().detail).toContain("already has roles waiting");
  });

  it("an account created with the desk role starts without it until another administrator approves", async () => {
    const created = await call(admin, "POST", "/api/accounts", {
      username: "new.officer",
      displayName: "New Officer",
      roles: ["desk"],
      password: "lantern harbour giraffe",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ roles: [], pendingRoles: ["desk"] });
    const [row] = await auditRows("user.create", created.json().id);
    expect(row?.detail).toMatchObject({ rolesBefore: [], rolesAfter: [] });
    const [grant] = (await pendingGrants()).filter(
      (g) => g.accountId === created.json().id,
    );
    await call(
      admin2,
      "POST",
      `/api/accounts/role-grants/${grant!.id}/approval`,
    );
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "new.officer", password: "lantern harbour giraffe" },
    });
    const cookie = cookieHeader(login);
    expect((await call(cookie, "GET", "/api/reports")).statusCode).toBe(200);
  });
});

describe("only administrators see and decide role grants", () => {
  it.each(["desk", "analyst", "manager"])("%s is refused", async (username) => {
    const cookie = await t.login(username);
    const someId = "00000000-0000-4000-8000-000000000000";
    for (const [method, url] of [
      ["GET", "/api/accounts/role-grants"],
      ["POST", `/api/accounts/role-grants/${someId}/approval`],
      ["POST", `/api/accounts/role-grants/${someId}/rejection`],
    ] as const)
      expect((await call(cookie, method, url)).statusCode, url).toBe(403);
  });
});
