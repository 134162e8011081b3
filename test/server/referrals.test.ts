import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Referral } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
let reportId: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
  // An open Dover report, made a drugs report here: which demo reports are still open depends on
  // the day the demo data is generated, so the test does not rely on one existing already.
  const [row] = await rows<{ id: string }>(
    t.db,
    sql`select id from reports where status <> 'closed' and port_id = 'dover' order by received_at desc limit 1`,
  );
  reportId = row!.id;
  await t.db.execute(
    sql`update reports set category = 'drugs', insider_type = null where id = ${reportId}`,
  );
});
afterAll(() => t.close());

function send(
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
  cookie = desk,
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie, ...headers },
    payload,
  });
}

describe("referrals", () => {
  it("suggests the port's territorial and port police forces, then the agencies for the category", async () => {
    const response = await send(
      "GET",
      `/api/reports/${reportId}/referral-suggestions`,
    );
    expect(response.statusCode).toBe(200);
    expect(
      response.json().data.map((s: { targetName: string }) => s.targetName),
    ).toEqual([
      "Kent Police",
      "Port of Dover Police",
      "National Crime Agency",
      "Border Force",
    ]);
  });

  it("sends a referral, which the register shows awaiting acknowledgement and the timeline records", async () => {
    const created = await send("POST", `/api/reports/${reportId}/referrals`, {
      targetKind: "territorial_force",
      targetName: "Kent Police",
      note: "For immediate risk assessment",
    });
    expect(created.statusCode).toBe(201);
    const referral = created.json() as Referral;
    expect(referral).toMatchObject({
      targetName: "Kent Police",
      state: "awaiting_acknowledgement",
      acknowledgedAt: null,
      version: 1,
    });

    const register = (
      await send(
        "GET",
        "/api/referrals?state=awaiting_acknowledgement&perPage=100",
      )
    ).json();
    expect(register.data.map((r: Referral) => r.id)).toContain(referral.id);
    const [expected] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from referrals where acknowledged_at is null and outcome is null`,
    );
    expect(register.total).toBe(expected!.n);

    const timeline = (
      await send("GET", `/api/reports/${reportId}/events`)
    ).json();
    expect(timeline.data.at(-1)).toMatchObject({
      kind: "referral_sent",
      summary: "Referred to Kent Police",
    });
  });

  it("records an acknowledgement, then an outcome, each on the version read", async () => {
    const created = (
      await send("POST", `/api/reports/${reportId}/referrals`, {
        targetKind: "agency",
        targetName: "Border Force",
      })
    ).json() as Referral;
    const noIfMatch = await send("PATCH", `/api/referrals/${created.id}`, {
      acknowledged: true,
    });
    expect(noIfMatch.statusCode).toBe(428);
    const acknowledged = await send(
      "PATCH",
      `/api/referrals/${created.id}`,
      { acknowledged: true },
      { "if-match": '"1"' },
    );
    expect(acknowledged.statusCode).toBe(200);
    expect(acknowledged.json()).toMatchObject({
      state: "awaiting_outcome",
      version: 2,
    });
    const stale = await send(
      "PATCH",
      `/api/referrals/${created.id}`,
      { outcome: "Seizure" },
      { "if-match": '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    const outcome = await send(
      "PATCH",
      `/api/referrals/${created.id}`,
      { outcome: "Trailer searched; 40 kg seized." },
      { "if-match": '"2"' },
    );
    expect(outcome.json()).toMatchObject({
      state: "complete",
      outcome: "Trailer searched; 40 kg seized.",
      version: 3,
    });
    const register = (
      await send("GET", "/api/referrals?state=complete&perPage=100")
    ).json();
    expect(register.data.map((r: Referral) => r.id)).toContain(created.id);
  });

  it("refuses an empty target name and a referral of a closed report", async () => {
    const empty = await send("POST", `/api/reports/${reportId}/referrals`, {
      targetKind: "agency",
      targetName: "",
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe("targetName");
    const [closed] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports where status = 'closed' limit 1`,
    );
    const refused = await send("POST", `/api/reports/${closed!.id}/referrals`, {
      targetKind: "agency",
      targetName: "Border Force",
    });
    expect(refused.statusCode).toBe(409);
  });

  it("lets analysts read the register but not refer; managers see neither", async () => {
    const analyst = await t.login("analyst");
    expect(
      (await send("GET", "/api/referrals", undefined, {}, analyst)).statusCode,
    ).toBe(200);
    expect(
      (
        await send(
          "POST",
          `/api/reports/${reportId}/referrals`,
          { targetKind: "agency", targetName: "Border Force" },
          {},
          analyst,
        )
      ).statusCode,
    ).toBe(403);
    const manager = await t.login("manager");
    expect(
      (await send("GET", "/api/referrals", undefined, {}, manager)).statusCode,
    ).toBe(403);
  });
});
