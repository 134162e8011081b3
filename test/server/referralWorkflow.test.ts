// A desk officer refers a report to Kent Police, records the acknowledgement and the outcome, and
// finds it in the register; analysts read, only the desk writes.
// (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Port, Referral, Report } from "../../src/domain";
import {
  call,
  expectProblem,
  expectSince,
  ifMatch,
  reportWhere,
  reportsWhere,
  timeline,
  userId,
} from "./apiCalls";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

const refer = (report: Report, body: object, cookie = desk) =>
  call(t, cookie, "POST", `/api/reports/${report.id}/referrals`, body);

const patchReferral = (id: string, body: object, version: number) =>
  call(t, desk, "PATCH", `/api/referrals/${id}`, body, ifMatch(version));

const read = async (id: string) =>
  (await call(t, desk, "GET", `/api/reports/${id}`)).json() as Report;

describe("referral suggestions", () => {
  it("suggests Dover's forces first, then the agencies for drugs", async () => {
    let report = await reportWhere(
      t,
      desk,
      sql`port_id = 'dover' and status <> 'closed'`,
    );
    if (report.category !== "drugs") {
      const changed = await call(
        t,
        desk,
        "PATCH",
        `/api/reports/${report.id}`,
        { category: "drugs" },
        ifMatch(report.version),
      );
      expect(changed.statusCode, changed.body).toBe(200);
      report = changed.json() as Report;
    }
    const dover = (
      await call(t, desk, "GET", "/api/ports/dover")
    ).json() as Port;
    const response = await call(
      t,
      desk,
      "GET",
      `/api/reports/${report.id}/referral-suggestions`,
    );
    expect(response.statusCode).toBe(200);
    const expected = [
      {
        targetKind: "territorial_force",
        targetName: "Kent Police",
        why: `territorial force for ${dover.name}`,
      },
      ...(dover.portPoliceForce
        ? [
            {
              targetKind: "port_police",
              targetName: dover.portPoliceForce,
              why: `port police at ${dover.name}`,
            },
          ]
        : []),
      {
        targetKind: "agency",
        targetName: "National Crime Agency",
        why: "national remit for this category",
      },
      {
        targetKind: "agency",
        targetName: "Border Force",
        why: "national remit for this category",
      },
    ];
    expect(response.json()).toEqual({ data: expected });
  });
});

describe("referring a report", () => {
  it("sends it, acknowledges it, records the outcome, and keeps the timeline", async () => {
    const report = await reportWhere(
      t,
      desk,
      sql`port_id = 'dover' and status <> 'closed'`,
    );
    const before = await timeline(t, desk, report.id);
    const sent = Date.now();
    const created = await refer(report, {
      targetKind: "territorial_force",
      targetName: "Kent Police",
      note: " Vehicle check requested ",
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const referral = created.json() as Referral;
    expectSince(referral.sentAt, sent);
    expect(referral).toEqual({
      id: expect.any(String),
      reportId: report.id,
      reportReference: report.reference,
      targetKind: "territorial_force",
      targetName: "Kent Police",
      note: "Vehicle check requested",
      sentAt: referral.sentAt,
      sentById: await userId(t, "desk"),
      acknowledgedAt: null,
      outcome: null,
      outcomeAt: null,
      state: "awaiting_acknowledgement",
      version: 1,
    });
    expect(
      (await call(t, desk, "GET", `/api/referrals/${referral.id}`)).json(),
    ).toEqual(referral);

    const ackSince = Date.now();
    const acknowledged = await patchReferral(
      referral.id,
      { acknowledged: true },
      1,
    );
    expect(acknowledged.headers.etag).toBe('"2"');
    expect(acknowledged.json()).toMatchObject({
      state: "awaiting_outcome",
      version: 2,
    });
    expectSince((acknowledged.json() as Referral).acknowledgedAt, ackSince);
    const again = expectProblem(
      await patchReferral(referral.id, { acknowledged: true }, 2),
      400,
    );
    expect(again.errors).toEqual([
      {
        field: "acknowledged",
        message: "this referral was already acknowledged",
      },
    ]);

    const outcomeSince = Date.now();
    const outcome = (
      await patchReferral(referral.id, { outcome: "Driver arrested" }, 2)
    ).json() as Referral;
    expect(outcome).toMatchObject({
      outcome: "Driver arrested",
      state: "complete",
      version: 3,
    });
    expectSince(outcome.outcomeAt, outcomeSince);
    expect(
      (await timeline(t, desk, report.id))
        .slice(before.length)
        .map((e) => [e.kind, e.summary, e.reason]),
    ).toEqual([
      ["referral_sent", "Referred to Kent Police", "Vehicle check requested"],
      ["referral_acknowledged", "Kent Police acknowledged the referral", null],
      ["referral_outcome", "Outcome from Kent Police", "Driver arrested"],
    ]);
    // Referring does not change the report itself.
    expect(await read(report.id)).toEqual(report);
  });

  it("takes an outcome as the acknowledgement too, and refuses a second outcome", async () => {
    const report = await reportWhere(t, desk, sql`status = 'actioned'`);
    const referral = (
      await refer(report, { targetKind: "agency", targetName: "Border Force" })
    ).json() as Referral;
    const since = Date.now();
    const done = (
      await patchReferral(referral.id, { outcome: "Seizure at the dock" }, 1)
    ).json() as Referral;
    expectSince(done.acknowledgedAt, since);
    expect(done.acknowledgedAt).toBe(done.outcomeAt);
    expect(done.state).toBe("complete");
    const second = expectProblem(
      await patchReferral(referral.id, { outcome: "Another" }, 2),
      400,
    );
    expect(second.errors).toEqual([
      { field: "outcome", message: "an outcome is already recorded" },
    ]);
  });

  it("refuses a stale version with the current referral, and needs If-Match", async () => {
    const report = await reportWhere(t, desk, sql`status <> 'closed'`);
    const referral = (
      await refer(report, { targetKind: "agency", targetName: "Border Force" })
    ).json() as Referral;
    await patchReferral(referral.id, { acknowledged: true }, 1);
    const stale = expectProblem(
      await patchReferral(referral.id, { outcome: "Nothing found" }, 1),
      409,
    );
    expect(stale.detail).toBe(
      "Someone else updated this referral to Border Force after you opened it; review it and try again.",
    );
    expect(stale.current).toMatchObject({ id: referral.id, version: 2 });
    expectProblem(
      await call(t, desk, "PATCH", `/api/referrals/${referral.id}`, {
        acknowledged: true,
      }),
      428,
    );
    const nothing = expectProblem(await patchReferral(referral.id, {}, 2), 400);
    expect(nothing.errors).toEqual([
      {
        field: "(request)",
        message: "record an acknowledgement or an outcome",
      },
    ]);
  });

  it("refuses to refer a closed report", async () => {
    const report = await reportWhere(t, desk, sql`status = 'closed'`);
    const problem = expectProblem(
      await refer(report, { targetKind: "agency", targetName: "Border Force" }),
      409,
    );
    expect(problem).toMatchObject({
      type: "urn:portsafe:problem:invalid_transition",
      detail: "This report is closed; reopen it before referring it.",
      allowed: [],
    });
    const register = (
      await call(t, desk, "GET", `/api/referrals?reportId=${report.id}`)
    ).json() as { total: number };
    expect(register.total).toBe(0);
  });
});

describe("the referral register", () => {
  it("filters by state, report and target kind, and sorts with empty values last", async () => {
    const [first, second] = await reportsWhere(
      t,
      desk,
      sql`status = 'triage' and id not in (select report_id from referrals)`,
      2,
    );
    const a = (
      await refer(first!, { targetKind: "agency", targetName: "Border Force" })
    ).json() as Referral;
    const b = (
      await refer(second!, {
        targetKind: "territorial_force",
        targetName: "Essex Police",
      })
    ).json() as Referral;
    await patchReferral(b.id, { acknowledged: true }, 1);

    const analyst = await t.login("analyst");
    // Other tests in this file refer other reports: the order of these two is what counts.
    const ours = new Set([a.id, b.id]);
    const list = async (query: string) => {
      const response = await call(
        t,
        analyst,
        "GET",
        `/api/referrals?${query}&perPage=100`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { data: Referral[]; total: number };
      return page.data.map((r) => r.id).filter((id) => ours.has(id));
    };
    expect(await list("state=awaiting_acknowledgement")).toEqual([a.id]);
    expect(await list("state=awaiting_outcome&state=complete")).toEqual([b.id]);
    expect(await list(`reportId=${first!.id}`)).toEqual([a.id]);
    expect(await list("targetKind=territorial_force")).toEqual([b.id]);
    expect(await list("sort=targetName&order=asc")).toEqual([a.id, b.id]);
    expect(await list("sort=acknowledgedAt&order=asc")).toEqual([b.id, a.id]);
    expect(await list("sort=acknowledgedAt&order=desc")).toEqual([b.id, a.id]);
    const bad = expectProblem(
      await call(t, analyst, "GET", "/api/referrals?state=lost"),
      400,
    );
    expect(bad.errors?.[0]?.field).toBe("state");
  });

  it("is closed to managers and 404s an unknown referral", async () => {
    const manager = await t.login("manager");
    expectProblem(await call(t, manager, "GET", "/api/referrals"), 403);
    const missing = expectProblem(
      await call(
        t,
        desk,
        "GET",
        "/api/referrals/00000000-0000-4000-8000-000000000000",
      ),
      404,
    );
    expect(missing.detail).toBe(
      "There is no referral with id 00000000-0000-4000-8000-000000000000.",
    );
  });
});
