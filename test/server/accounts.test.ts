import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account } from "../../src/domain";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let admin: string;
/** A second administrator: the desk role a first one gives waits for their approval. */
let admin2: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin");
  admin2 = await t.login("admin2");
});
afterAll(() => t.close());

function send(
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
  cookie = admin,
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie, ...headers },
    payload,
  });
}

/** Created by one administrator; its desk role approved by the other (roleGrants.test.ts). */
async function createOfficer(username: string): Promise<Account> {
  const response = await send("POST", "/api/accounts", {
    username,
    displayName: "Sam Example",
    roles: ["desk"],
    password: "lantern harbour giraffe",
  });
  expect(response.statusCode).toBe(201);
  const created: Account = response.json();
  const grants = await send(
    "GET",
    `/api/accounts/role-grants?status=pending&accountId=${created.id}`,
  );
  const [grant] = grants.json().data;
  const approval = await send(
    "POST",
    `/api/accounts/role-grants/${grant.id}/approval`,
    undefined,
    {},
    admin2,
  );
  expect(approval.statusCode).toBe(200);
  return (await send("GET", `/api/accounts/${created.id}`)).json();
}

describe("account administration", () => {
  it("creates an account that can sign in", async () => {
    const account = await createOfficer("sam.example");
    expect(account).toMatchObject({
      username: "sam.example",
      roles: ["desk"],
      pendingRoles: [],
      disabled: false,
      mfaEnrolled: false,
      // Created, then its desk role approved.
      version: 2,
    });
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "sam.example", password: "lantern harbour giraffe" },
    });
    expect(login.statusCode).toBe(200);
  });

  it("refuses a common password and a taken username, naming the field", async () => {
    const common = await send("POST", "/api/accounts", {
      username: "newbie",
      displayName: "New Person",
      roles: ["desk"],
      password: "password123456",
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().errors[0]).toMatchObject({
      field: "password",
      message: expect.stringMatching(/common or breached|too easy to guess/),
    });
    const taken = await send("POST", "/api/accounts", {
      username: "desk",
      displayName: "Other",
      roles: ["desk"],
      password: "lantern harbour giraffe",
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe("username");
  });

  it("disabling an account ends its sessions at once, and re-enabling lets it sign in again", async () => {
    const account = await createOfficer("to.disable");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "to.disable", password: "lantern harbour giraffe" },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/auth/me",
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(200);

    const disabled = await send(
      "PATCH",
      `/api/accounts/${account.id}`,
      { disabled: true },
      { "if-match": `"${account.version}"` },
    );
    expect(disabled.json()).toMatchObject({
      disabled: true,
      version: account.version + 1,
    });
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/auth/me",
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(401);
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "to.disable", password: "lantern harbour giraffe" },
    });
    expect(refused.statusCode).toBe(401);

    await send(
      "PATCH",
      `/api/accounts/${account.id}`,
      { disabled: false },
      { "if-match": `"${account.version + 1}"` },
    );
    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "to.disable", password: "lantern harbour giraffe" },
    });
    expect(again.statusCode).toBe(200);
  });

  it("sets roles with If-Match, refusing a stale version", async () => {
    const account = await createOfficer("role.change");
    // Taking the desk role away and giving manager need no second administrator.
    const changed = await send(
      "PATCH",
      `/api/accounts/${account.id}`,
      { roles: ["manager"] },
      { "if-match": `"${account.version}"` },
    );
    expect(changed.json().roles).toEqual(["manager"]);
    const stale = await send(
      "PATCH",
      `/api/accounts/${account.id}`,
      { roles: ["analyst"] },
      { "if-match": `"${account.version}"` },
    );
    expect(stale.statusCode).toBe(409);
  });

  it("resets a password, ending the old sessions", async () => {
    const account = await createOfficer("reset.me");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "reset.me", password: "lantern harbour giraffe" },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const reset = await send(
      "POST",
      `/api/accounts/${account.id}/password`,
      { password: "copper meadow tugboat" },
      { "if-match": `"${account.version}"` },
    );
    expect(reset.statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/auth/me",
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(401);
    const login2 = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "reset.me", password: "copper meadow tugboat" },
    });
    expect(login2.statusCode).toBe(200);
  });

  it("will not let an administrator lock themself out", async () => {
    const me = (await send("GET", "/api/auth/me")).json();
    const mine = (await send("GET", `/api/accounts/${me.id}`)).json();
    const response = await send(
      "PATCH",
      `/api/accounts/${me.id}`,
      { disabled: true },
      { "if-match": `"${mine.version}"` },
    );
    expect(response.statusCode).toBe(400);
  });

  it.each(["desk", "analyst", "manager"])(
    "is refused to %s",
    async (username) => {
      const response = await send(
        "GET",
        "/api/accounts",
        undefined,
        {},
        await t.login(username),
      );
      expect(response.statusCode).toBe(403);
    },
  );
});

describe("searching accounts and ports by text", () => {
  it("matches % and _ literally instead of as wildcards", async () => {
    const admin = await t.login("admin");
    const accounts = await t.app.inject({
      method: "GET",
      url: "/api/accounts?q=%25",
      headers: { cookie: admin },
    });
    expect(accounts.statusCode).toBe(200);
    expect(accounts.json().total).toBe(0);
    const ports = await t.app.inject({
      method: "GET",
      url: "/api/ports?q=_&perPage=100",
      headers: { cookie: admin },
    });
    expect(ports.statusCode).toBe(200);
    expect(ports.json().total).toBe(0);
    // Ordinary text still finds by substring.
    const dover = await t.app.inject({
      method: "GET",
      url: "/api/ports?q=dove",
      headers: { cookie: admin },
    });
    expect(dover.json().data.map((p: { id: string }) => p.id)).toContain(
      "dover",
    );
  });
});
