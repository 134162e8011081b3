import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../server/auditVerify";
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
