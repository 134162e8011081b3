import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../server/audit/auditVerify";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Some real activity: logins, a failed login, views.
  const cookie = await t.login("desk");
  await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username: "desk", password: "wrong" },
  });
  const list = await t.app.inject({
    method: "GET",
    url: "/api/reports?perPage=3",
    headers: { cookie },
  });
  for (const report of list.json().data)
    await t.app.inject({
      method: "GET",
      url: `/api/reports/${report.id}`,
      headers: { cookie },
    });
});
afterAll(() => t.close());

describe("the audit log", () => {
  it("chains every row to the one before it", async () => {
    const result = await verifyAuditChain(t.db);
    const [{ n }] = (await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_events`,
    )) as [{ n: number }];
    expect(result).toEqual({ ok: true, checked: n });
    expect(n).toBe(5); // desk's login, the failed login, three report views
  });

  it("cannot be changed or deleted by the application", async () => {
    await expect(
      t.db.execute(
        sql`update audit_events set action = 'nothing' where id = (select min(id) from audit_events)`,
      ),
    ).rejects.toThrow();
    await expect(
      t.db.execute(
        sql`delete from audit_events where id = (select max(id) from audit_events)`,
      ),
    ).rejects.toThrow();
  });

  it("detects a row changed behind the application's back", async () => {
    const [victim] = await rows<{ id: number; actor_name: string | null }>(
      t.db,
      sql`select id::int as id, actor_name from audit_events order by id limit 1 offset 2`,
    );
    // Simulate a superuser bypassing the append-only trigger.
    await t.db.execute(
      sql`alter table audit_events disable trigger audit_events_no_update_or_delete`,
    );
    await t.db.execute(
      sql`update audit_events set actor_name = 'someone-else' where id = ${victim!.id}`,
    );
    await t.db.execute(
      sql`alter table audit_events enable trigger audit_events_no_update_or_delete`,
    );
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({
      ok: false,
      badId: victim!.id,
      problem: `row ${victim!.id} was changed after it was written`,
    });

    // Put it back: the chain verifies again, so the next test starts from an intact log.
    await t.db.execute(
      sql`alter table audit_events disable trigger audit_events_no_update_or_delete`,
    );
    await t.db.execute(
      sql`update audit_events set actor_name = ${victim!.actor_name} where id = ${victim!.id}`,
    );
    await t.db.execute(
      sql`alter table audit_events enable trigger audit_events_no_update_or_delete`,
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("detects a missing row", async () => {
    await t.db.execute(
      sql`alter table audit_events disable trigger audit_events_no_update_or_delete`,
    );
    const [{ id }] = (await rows<{ id: number }>(
      t.db,
      sql`select (max(id) - 1)::int as id from audit_events`,
    )) as [{ id: number }];
    await t.db.execute(sql`delete from audit_events where id = ${id}`);
    await t.db.execute(
      sql`alter table audit_events enable trigger audit_events_no_update_or_delete`,
    );
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({
      ok: false,
      problem: expect.stringContaining("was removed or inserted"),
    });
  });
});

describe("the administrator's audit viewer", () => {
  it("lists rows newest first with filters, exports CSV (audited) and verifies the chain", async () => {
    const admin = await t.login("admin");
    const list = await t.app.inject({
      method: "GET",
      url: "/api/audit?action=report.view&perPage=100",
      headers: { cookie: admin },
    });
    expect(list.statusCode).toBe(200);
    const [{ n }] = (await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_events where action = 'report.view'`,
    )) as [{ n: number }];
    expect(list.json().total).toBe(n);
    expect(
      list
        .json()
        .data.every((e: { action: string }) => e.action === "report.view"),
    ).toBe(true);

    const csv = await t.app.inject({
      method: "GET",
      url: "/api/audit/export.csv?action=report.view",
      headers: { cookie: admin },
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe("id,at,actor,action,entity,entityId,detail,ip,hash");
    expect(lines).toHaveLength(n + 1);
    const exported = await rows(
      t.db,
      sql`select 1 from audit_events where action = 'audit.export' and actor_name = 'admin'`,
    );
    expect(exported).toHaveLength(1);

    const verification = await t.app.inject({
      method: "GET",
      url: "/api/audit/verification",
      headers: { cookie: admin },
    });
    expect(verification.json()).toMatchObject({
      ok: expect.any(Boolean),
      checked: expect.any(Number),
    });
  });
});

describe("a change and its audit row commit together", () => {
  // As if the server died between the two writes: the audit insert fails for one action.
  async function failAuditOf(action: string) {
    await t.db.execute(
      sql.raw(
        `create function audit_write_fails() returns trigger language plpgsql as $$ begin raise exception 'audit write failed'; end $$`,
      ),
    );
    await t.db.execute(
      sql.raw(
        `create trigger audit_write_fails before insert on audit_events for each row when (new.action = '${action}') execute function audit_write_fails()`,
      ),
    );
  }
  afterEach(async () => {
    await t.db.execute(
      sql`drop trigger if exists audit_write_fails on audit_events`,
    );
    await t.db.execute(sql`drop function if exists audit_write_fails()`);
  });

  const auditRows = async (action: string, entityId: string) =>
    (
      await rows(
        t.db,
        sql`select 1 from audit_events where action = ${action} and entity_id = ${entityId}`,
      )
    ).length;

  it("an officer's edit is not saved when its audit row cannot be written", async () => {
    const cookie = await t.login("desk");
    const [report] = await rows<{ id: string; version: number; risk: string }>(
      t.db,
      sql`select id, version, risk from reports where status = 'new' order by received_at desc limit 1`,
    );
    const edit = () =>
      t.app.inject({
        method: "PATCH",
        url: `/api/reports/${report!.id}`,
        headers: { cookie, "if-match": `"${report!.version}"` },
        payload: { risk: "high", riskRationale: "Harm high." },
      });
    const timeline = async () =>
      (
        await rows(
          t.db,
          sql`select 1 from report_events where report_id = ${report!.id}`,
        )
      ).length;
    const eventsBefore = await timeline();

    await failAuditOf("report.update");
    expect((await edit()).statusCode).toBe(500);
    const [after] = await rows<{ version: number; risk: string }>(
      t.db,
      sql`select version, risk from reports where id = ${report!.id}`,
    );
    expect(after).toEqual({ version: report!.version, risk: report!.risk });
    expect(await timeline()).toBe(eventsBefore);
    expect(await auditRows("report.update", report!.id)).toBe(0);

    // Once the log can be written again, the same edit on the same version goes through.
    await t.db.execute(sql`drop trigger audit_write_fails on audit_events`);
    expect((await edit()).statusCode).toBe(200);
    expect(await auditRows("report.update", report!.id)).toBe(1);
  });

  it("a bulk assignment assigns none of the reports when one audit row cannot be written", async () => {
    const cookie = await t.login("desk");
    const selected = await rows<{ id: string; version: number }>(
      t.db,
      sql`select id, version from reports where status = 'new' and assignee_id is null order by id limit 2`,
    );
    const [desk3] = await rows<{ id: string }>(
      t.db,
      sql`select id from users where username = 'desk3'`,
    );
    await failAuditOf("report.assign");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/reports/bulk",
      headers: { cookie },
      payload: { action: "assign", assigneeId: desk3!.id, items: selected },
    });
    expect(response.statusCode).toBe(500);
    const assigned = await rows(
      t.db,
      sql`select 1 from reports where assignee_id is not null and id in ${selected.map((r) => r.id)}`,
    );
    expect(assigned).toHaveLength(0);
  });
});
