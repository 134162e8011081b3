// Editing a member: managers and admins change the register with If-Match, so no edit is ever
// lost to another manager's; the desk and analysts cannot change it.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ["desk", "analyst", "manager", "admin"])
    cookies[role] = await t.login(role);
});
afterAll(() => t.close());

function send(
  as: string,
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: cookies[as]!, ...headers },
    ...(payload ? { payload } : {}),
  });
}

describe("editing a member never loses an update", () => {
  async function someMember(): Promise<Member> {
    const [row] = await rows<{ id: string }>(
      t.db,
      sql`select id from members where status = 'active' order by name limit 1 offset 3`,
    );
    return (await send("manager", "GET", `/api/members/${row!.id}`)).json();
  }

  it("answers 428 without If-Match and changes nothing", async () => {
    const member = await someMember();
    const response = await send(
      "manager",
      "PATCH",
      `/api/members/${member.id}`,
      { newsletter: !member.newsletter },
    );
    expect(response.statusCode).toBe(428);
    expect(
      (await send("manager", "GET", `/api/members/${member.id}`)).json()
        .version,
    ).toBe(member.version);
  });

  it("applies a change on the current version, bumps it and audits the fields changed", async () => {
    const member = await someMember();
    const response = await send(
      "manager",
      "PATCH",
      `/api/members/${member.id}`,
      { status: "lapsed", actAccess: !member.actAccess },
      { "if-match": `"${member.version}"` },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "lapsed",
      actAccess: !member.actAccess,
      version: member.version + 1,
    });
    expect(response.headers.etag).toBe(`"${member.version + 1}"`);
    const [audit] = await rows<{ detail: { fields: string[] } }>(
      t.db,
      sql`select detail from audit_events where action = 'member.update' and entity_id = ${member.id}`,
    );
    expect(audit!.detail.fields.sort()).toEqual(["actAccess", "status"]);
  });

  it("answers 409 with the current record for a stale version", async () => {
    const member = await someMember();
    const first = await send(
      "admin",
      "PATCH",
      `/api/members/${member.id}`,
      { contactName: "Sam Patel" },
      { "if-match": `"${member.version}"` },
    );
    expect(first.statusCode).toBe(200);
    const stale = await send(
      "manager",
      "PATCH",
      `/api/members/${member.id}`,
      { contactName: "Jo Bloggs" },
      { "if-match": `"${member.version}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({
      id: member.id,
      contactName: "Sam Patel",
      version: member.version + 1,
    });
    expect(stale.json().current).toHaveProperty("assessmentState");
  });

  it("checks the edited record as a whole, and rejects unknown fields and empty patches", async () => {
    const member = await someMember();
    const ifMatch = { "if-match": `"${member.version}"` };
    const future = await send(
      "manager",
      "PATCH",
      `/api/members/${member.id}`,
      { majorChangeOn: "2099-12-31" },
      ifMatch,
    );
    expect(future.json().errors).toEqual([
      {
        field: "majorChangeOn",
        message:
          "majorChangeOn records a change that has happened; it cannot be in the future",
      },
    ]);
    const unknown = await send(
      "manager",
      "PATCH",
      `/api/members/${member.id}`,
      { version: 99 },
      ifMatch,
    );
    expect(unknown.json().errors).toEqual([
      {
        field: "version",
        message: "version is not a field this request accepts; remove it",
      },
    ]);
    const empty = await send(
      "manager",
      "PATCH",
      `/api/members/${member.id}`,
      {},
      ifMatch,
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toContain("at least one field");
  });

  it("is refused to the desk and analysts, and answers 404 for a member that does not exist", async () => {
    const member = await someMember();
    for (const role of ["desk", "analyst"]) {
      expect(
        (
          await send(
            role,
            "PATCH",
            `/api/members/${member.id}`,
            { newsletter: true },
            { "if-match": `"${member.version}"` },
          )
        ).statusCode,
      ).toBe(403);
    }
    const missing = await send(
      "manager",
      "PATCH",
      "/api/members/00000000-0000-4000-8000-000000000000",
      { newsletter: true },
      { "if-match": '"1"' },
    );
    expect(missing.statusCode).toBe(404);
    expect(
      (
        await send(
          "desk",
          "GET",
          "/api/members/00000000-0000-4000-8000-000000000000",
        )
      ).statusCode,
    ).toBe(404);
  });
});
