// The report list convention: paging in the order asked for, any-of filters, urgency sorting with
// unassessed reports last both ways, half-open time windows, and a 400 naming the bad field.
// (Ported from the mock API's tests, issue #12; reports.test.ts covers the rest of the list.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { riskLevels, type Report } from "../../src/domain";
import { call, expectProblem } from "./apiCalls";
import { count, rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
let analyst: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
  analyst = await t.login("analyst");
});
afterAll(() => t.close());

async function listReports(
  cookie: string,
  query: string,
): Promise<{ data: Report[]; total: number }> {
  const response = await call(t, cookie, "GET", `/api/reports?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { data: Report[]; total: number };
}

/** Every page of a list, 100 at a time. */
async function everyPage(cookie: string, query: string): Promise<Report[]> {
  const all: Report[] = [];
  for (let page = 1; ; page++) {
    const body = await listReports(cookie, `${query}&perPage=100&page=${page}`);
    all.push(...body.data);
    if (all.length >= body.total || body.data.length === 0) return all;
  }
}

describe("listing reports", () => {
  it("pages 25 at a time in the order asked for, with the full total", async () => {
    const expected = await rows<{ reference: string }>(
      t.db,
      sql`select reference from reports order by received_at desc, id desc limit 25 offset 25`,
    );
    const page = await listReports(
      desk,
      "page=2&perPage=25&sort=receivedAt&order=desc",
    );
    expect(page.total).toBe(await count(t.db));
    expect(page.data).toHaveLength(25);
    expect(page.data.map((r) => r.reference)).toEqual(
      expected.map((r) => r.reference),
    );
  });

  it("refuses perPage above 100, an unknown sort and an unknown filter with 400 naming the field", async () => {
    const tooMany = expectProblem(
      await call(t, desk, "GET", "/api/reports?perPage=1000"),
      400,
    );
    expect(tooMany.errors).toEqual([
      { field: "perPage", message: "perPage must be at most 100" },
    ]);
    expect(tooMany.detail).toContain("perPage: perPage must be at most 100");
    const badSort = expectProblem(
      await call(t, desk, "GET", "/api/reports?sort=bogus"),
      400,
    );
    expect(badSort.errors?.map((e) => e.field)).toEqual(["sort"]);
    const badFilter = expectProblem(
      await call(t, desk, "GET", "/api/reports?colour=red"),
      400,
    );
    expect(badFilter.errors?.map((e) => e.field)).toEqual(["colour"]);
  });

  it("filters by any of several statuses", async () => {
    const page = await listReports(
      analyst,
      "status=new&status=triage&perPage=100",
    );
    expect(page.total).toBe(
      await count(t.db, sql`status in ('new', 'triage')`),
    );
    expect(page.data.length).toBeGreaterThan(0);
    expect(
      page.data.every((r) => r.status === "new" || r.status === "triage"),
    ).toBe(true);
  });

  it("sorts by urgency with unassessed reports last in both directions", async () => {
    const open = await everyPage(desk, "status=triage&sort=receivedAt");
    const assessed = open.filter((r) => r.risk !== null);
    expect(assessed.length).toBeGreaterThan(0);
    expect(assessed.length).toBeLessThan(open.length);
    const rank = (r: Report) => riskLevels.indexOf(r.risk ?? "low");
    const byIdText = (a: Report, b: Report) => (a.id < b.id ? -1 : 1);
    const ascending = [...assessed].sort(
      (a, b) => rank(a) - rank(b) || byIdText(a, b),
    );
    const asc = await everyPage(desk, "status=triage&sort=risk&order=asc");
    expect(asc.map((r) => r.id)).toEqual([
      ...ascending.map((r) => r.id),
      ...open
        .filter((r) => r.risk === null)
        .sort(byIdText)
        .map((r) => r.id),
    ]);
    const desc = await everyPage(desk, "status=triage&sort=risk&order=desc");
    expect(desc.slice(0, assessed.length).map((r) => r.risk)).toEqual(
      [...assessed].sort((a, b) => rank(b) - rank(a)).map((r) => r.risk),
    );
    expect(desc.slice(assessed.length).every((r) => r.risk === null)).toBe(
      true,
    );
  });

  it("filters by nation through the port, by text in any case, and by a half-open time window", async () => {
    const scottishPorts = new Set(
      (
        await rows<{ id: string }>(
          t.db,
          sql`select id from ports where nation = 'Scotland'`,
        )
      ).map((p) => p.id),
    );
    const scottish = await listReports(analyst, "nation=Scotland&perPage=100");
    expect(scottish.total).toBe(
      await count(
        t.db,
        sql`port_id in (select id from ports where nation = 'Scotland')`,
      ),
    );
    expect(scottish.data.every((r) => scottishPorts.has(r.portId))).toBe(true);

    const mentions = await count(
      t.db,
      sql`lower(summary || ' ' || details) like '%northern tern%'`,
    );
    expect(mentions).toBeGreaterThan(0);
    expect((await listReports(analyst, "q=NORTHERN%20tern")).total).toBe(
      mentions,
    );

    const [pivot] = await rows<{ id: string; receivedAt: string }>(
      t.db,
      sql`select id, to_jsonb(received_at) #>> '{}' as "receivedAt" from reports
          where received_at not in (select received_at from reports group by 1 having count(*) > 1)
          order by id limit 1 offset 100`,
    );
    const at = new Date(pivot!.receivedAt).toISOString();
    const from = await listReports(
      analyst,
      `receivedFrom=${encodeURIComponent(at)}&perPage=100&sort=receivedAt&order=asc`,
    );
    expect(from.data[0]?.id).toBe(pivot!.id);
    const to = await listReports(
      analyst,
      `receivedTo=${encodeURIComponent(at)}&perPage=1`,
    );
    expect(to.total).toBe(await count(t.db, sql`received_at < ${at}`));
  });
});

describe("other resources", () => {
  it("fetches many ports by id, as react-admin's getMany does", async () => {
    const manager = await t.login("manager");
    const body = (
      await call(
        t,
        manager,
        "GET",
        "/api/ports?id=dover&id=felixstowe&sort=name&order=asc",
      )
    ).json() as { data: { id: string }[]; total: number };
    expect(body.data.map((p) => p.id)).toEqual(["dover", "felixstowe"]);
    expect(body.total).toBe(2);
  });

  it("lists users by role and shows one user", async () => {
    const admin = await t.login("admin");
    const desks = (
      await call(
        t,
        admin,
        "GET",
        "/api/users?role=desk&sort=username&order=asc",
      )
    ).json() as { data: { username: string }[] };
    expect(desks.data.map((u) => u.username)).toEqual([
      "desk",
      "desk2",
      "desk3",
      "desk4",
    ]);
    const analysts = (
      await call(t, admin, "GET", "/api/users?role=analyst")
    ).json() as { data: { id: string; username: string }[] };
    const analystUser = analysts.data.find((u) => u.username === "analyst")!;
    expect(
      (await call(t, admin, "GET", `/api/users/${analystUser.id}`)).json(),
    ).toEqual(analystUser);
  });

  it("shows one member with its version as ETag, and 404s an unknown id", async () => {
    const manager = await t.login("manager");
    const member = (
      (await call(t, manager, "GET", "/api/members?perPage=5")).json() as {
        data: { id: string; version: number }[];
      }
    ).data[3]!;
    const response = await call(t, manager, "GET", `/api/members/${member.id}`);
    expect(response.headers.etag).toBe(`"${member.version}"`);
    expect(response.json()).toEqual(member);
    const problem = expectProblem(
      await call(
        t,
        manager,
        "GET",
        "/api/members/00000000-0000-4000-8000-000000000000",
      ),
      404,
    );
    expect(problem.detail).toContain("00000000-0000-4000-8000-000000000000");
  });
});
