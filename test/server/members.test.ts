// The member register: a manager lists and registers PortSafe members; the desk and analysts
// read it (editing: membersEdit.test.ts).
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

async function memberCount(where = sql`true`): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from members where ${where}`,
  );
  return row!.n;
}

const newMember = {
  name: "Solent Gateway Security Ltd",
  type: "security_provider",
  portId: "southampton",
  contactName: "Alex Morgan",
  contactRole: "PFSO",
  contactEmail: "alex.morgan@example.co.uk",
  joinedOn: "2025-04-01",
};

describe("the member list", () => {
  it("pages members by name with the total, each with its review state", async () => {
    const response = await send("desk", "GET", "/api/members?perPage=10");
    expect(response.statusCode).toBe(200);
    const body = response.json() as { data: Member[]; total: number };
    expect(body.total).toBe(await memberCount());
    const expected = await rows<{ id: string }>(
      t.db,
      sql`select id from members order by name asc, id asc limit 10`,
    );
    expect(body.data.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(body.data[0]).toHaveProperty("assessmentState");
    expect(body.data[0]).toHaveProperty("nextReviewDue");
  });

  it("filters by port, nation, force, tier, type and status, as the database counts them", async () => {
    const cases: [string, ReturnType<typeof sql>][] = [
      ["portId=dover", sql`port_id = 'dover'`],
      [
        "nation=Scotland",
        sql`port_id in (select id from ports where nation = 'Scotland')`,
      ],
      [
        "force=Kent Police",
        sql`port_id in (select id from ports where territorial_police_force = 'Kent Police')`,
      ],
      ["tier=1", sql`port_id in (select id from ports where tier = 1)`],
      [
        "type=port_authority&type=port_facility",
        sql`type in ('port_authority', 'port_facility')`,
      ],
      ["status=lapsed", sql`status = 'lapsed'`],
    ];
    for (const [query, where] of cases) {
      const body = (
        await send("analyst", "GET", `/api/members?${encodeURI(query)}`)
      ).json();
      expect(body.total, query).toBe(await memberCount(where));
      expect(body.total, query).toBeGreaterThan(0);
    }
  });

  it("finds members by part of their name", async () => {
    const body = (await send("desk", "GET", "/api/members?q=harbour")).json();
    expect(body.total).toBe(await memberCount(sql`name ilike '%harbour%'`));
    expect(body.total).toBeGreaterThan(0);
  });

  it("refuses an unknown assessment state or sort field, naming the allowed values", async () => {
    const state = await send(
      "desk",
      "GET",
      "/api/members?assessmentState=late",
    );
    expect(state.statusCode).toBe(400);
    expect(state.json().errors[0].field).toMatch(/^assessmentState/);
    const sort = await send("desk", "GET", "/api/members?sort=contactEmail");
    expect(sort.statusCode).toBe(400);
    expect(sort.json().detail).toContain("nextReviewDue");
  });
});

describe("registering a member", () => {
  it("lets a manager register one, with defaults for the flags, and audits it", async () => {
    const response = await send("manager", "POST", "/api/members", newMember);
    expect(response.statusCode).toBe(201);
    const member = response.json() as Member;
    expect(member).toMatchObject({
      ...newMember,
      status: "active",
      assetPackIssued: false,
      actAccess: false,
      newsletter: true,
      majorChangeOn: null,
      version: 1,
    });
    expect(member).toMatchObject({
      assessmentState: "never",
      nextReviewDue: null,
      lastAssessedOn: null,
    });
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/members/${member.id}`);
    const audit = await rows(
      t.db,
      sql`select 1 from audit_events where action = 'member.create' and entity_id = ${member.id} and actor_name = 'manager'`,
    );
    expect(audit).toHaveLength(1);
    expect(
      (await send("desk", "GET", `/api/members/${member.id}`)).json(),
    ).toEqual(member);
  });

  it("refuses a second entry for the same organisation at the same port, whatever the capitals", async () => {
    const response = await send("admin", "POST", "/api/members", {
      ...newMember,
      name: newMember.name.toUpperCase(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: "name",
        message: `${newMember.name.toUpperCase()} is already registered at southampton`,
      },
    ]);
  });

  it("says what is wrong with each field", async () => {
    const response = await send("manager", "POST", "/api/members", {
      ...newMember,
      name: " ",
      contactEmail: "not-an-email",
      contactPhone: "call me",
      type: "pirate",
      portId: undefined,
    });
    expect(response.statusCode).toBe(400);
    const errors = response.json().errors as {
      field: string;
      message: string;
    }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: "name", message: "name is required" },
        {
          field: "contactEmail",
          message:
            "contactEmail must be an email address such as pfso@port.example.co.uk",
        },
        {
          field: "contactPhone",
          message: "contactPhone must be a phone number such as 01632 960123",
        },
        {
          field: "type",
          message: expect.stringContaining(
            "type must be one of: port_authority",
          ),
        },
        { field: "portId", message: "portId is required" },
      ]),
    );
  });

  it("refuses an unknown port and dates that cannot be right", async () => {
    const response = await send("manager", "POST", "/api/members", {
      ...newMember,
      name: "Nowhere Ltd",
      portId: "atlantis",
      joinedOn: "2099-01-01",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: "portId",
        message: expect.stringContaining("there is no port with id atlantis"),
      },
      { field: "joinedOn", message: "joinedOn cannot be in the future" },
    ]);
    const change = await send("manager", "POST", "/api/members", {
      ...newMember,
      name: "Early Change Ltd",
      majorChangeOn: "2020-01-01",
    });
    expect(change.json().errors).toEqual([
      {
        field: "majorChangeOn",
        message: "majorChangeOn cannot be before the member joined",
      },
    ]);
  });

  it("is refused to the desk and to analysts, who only read", async () => {
    for (const role of ["desk", "analyst"]) {
      const response = await send(role, "POST", "/api/members", {
        ...newMember,
        name: `${role} Ltd`,
      });
      expect(response.statusCode, role).toBe(403);
    }
    expect(await memberCount(sql`name in ('desk Ltd', 'analyst Ltd')`)).toBe(0);
  });
});
