// A desk officer refers a report to Kent Police through the mock API, records the acknowledgement
// and the outcome, and finds it in the register; analysts read, only the desk writes.
import { describe, expect, it } from "vitest";
import type { Referral, Report, ReportEvent } from "../../src/domain";
import { useFrozenClock } from "./support/frozenClock";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";

useMockServer();
useFrozenClock();

function doverReport(keep: (r: Report) => boolean): Report {
  const report = mockDb.reports.find((r) => r.portId === "dover" && keep(r));
  if (!report) throw new Error("the demo data has no such Dover report");
  return report;
}

async function refer(report: Report, body: object): Promise<Response> {
  return api(`/reports/${report.id}/referrals`, jsonInit("POST", body));
}

function patchReferral(id: string, body: object, version: number) {
  return api(
    `/referrals/${id}`,
    jsonInit("PATCH", body, { "If-Match": `"${version}"` }),
  );
}

describe("referral suggestions in the mock API", () => {
  it("suggests Dover's forces first, then the agencies for drugs", async () => {
    mockDb.signInAs("desk");
    const report = doverReport((r) => r.category === "drugs");
    const dover = mockDb.portById("dover");
    const response = await api(`/reports/${report.id}/referral-suggestions`);
    expect(response.status).toBe(200);
    const expected = [
      {
        targetKind: "territorial_force",
        targetName: "Kent Police",
        why: `territorial force for ${dover?.name}`,
      },
      ...(dover?.portPoliceForce
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
    expect(await response.json()).toEqual({ data: expected });
  });

  it("is for the desk only", async () => {
    mockDb.signInAs("analyst");
    const report = doverReport(() => true);
    await expectProblem(
      await api(`/reports/${report.id}/referral-suggestions`),
      403,
    );
  });
});

describe("referring a report in the mock API", () => {
  it("sends it, acknowledges it, records the outcome, and keeps the timeline", async () => {
    mockDb.signInAs("desk");
    const desk = mockDb.currentUser;
    const report = doverReport((r) => r.status !== "closed");
    const sentAt = mockDb.now().toISOString();

    const created = await refer(report, {
      targetKind: "territorial_force",
      targetName: "Kent Police",
      note: " Vehicle check requested ",
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("ETag")).toBe('"1"');
    const referral = (await created.json()) as Referral;
    expect(referral).toEqual({
      id: expect.any(String),
      reportId: report.id,
      reportReference: report.reference,
      targetKind: "territorial_force",
      targetName: "Kent Police",
      note: "Vehicle check requested",
      sentAt,
      sentById: desk?.id,
      acknowledgedAt: null,
      outcome: null,
      outcomeAt: null,
      state: "awaiting_acknowledgement",
      version: 1,
    });
    expect(await (await api(`/referrals/${referral.id}`)).json()).toEqual(
      referral,
    );

    const acknowledged = await patchReferral(
      referral.id,
      { acknowledged: true },
      1,
    );
    expect(acknowledged.headers.get("ETag")).toBe('"2"');
    expect(await acknowledged.json()).toMatchObject({
      acknowledgedAt: sentAt,
      state: "awaiting_outcome",
      version: 2,
    });
    const again = await expectProblem(
      await patchReferral(referral.id, { acknowledged: true }, 2),
      400,
    );
    expect(again.errors).toEqual([
      {
        field: "acknowledged",
        message: "this referral was already acknowledged",
      },
    ]);

    const outcome = (await (
      await patchReferral(referral.id, { outcome: "Driver arrested" }, 2)
    ).json()) as Referral;
    expect(outcome).toMatchObject({
      outcome: "Driver arrested",
      outcomeAt: sentAt,
      state: "complete",
      version: 3,
    });
    const events = (await (
      await api(`/reports/${report.id}/events`)
    ).json()) as { data: ReportEvent[] };
    expect(events.data.map((e) => [e.kind, e.summary, e.reason])).toEqual([
      ["referral_sent", "Referred to Kent Police", "Vehicle check requested"],
      ["referral_acknowledged", "Kent Police acknowledged the referral", null],
      ["referral_outcome", "Outcome from Kent Police", "Driver arrested"],
    ]);
    // Referring does not change the report itself.
    expect(mockDb.reportById(report.id)).toEqual(report);
  });

  it("takes an outcome as the acknowledgement too, and refuses a second outcome", async () => {
    mockDb.signInAs("desk");
    const report = doverReport((r) => r.status === "actioned");
    const referral = (await (
      await refer(report, { targetKind: "agency", targetName: "Border Force" })
    ).json()) as Referral;
    const done = (await (
      await patchReferral(referral.id, { outcome: "Seizure at the dock" }, 1)
    ).json()) as Referral;
    expect(done.acknowledgedAt).toBe(mockDb.now().toISOString());
    expect(done.state).toBe("complete");
    const second = await expectProblem(
      await patchReferral(referral.id, { outcome: "Another" }, 2),
      400,
    );
    expect(second.errors).toEqual([
      { field: "outcome", message: "an outcome is already recorded" },
    ]);
  });

  it("refuses a stale version with the current referral, and needs If-Match", async () => {
    mockDb.signInAs("desk");
    const report = doverReport((r) => r.status !== "closed");
    const referral = (await (
      await refer(report, { targetKind: "agency", targetName: "Border Force" })
    ).json()) as Referral;
    await patchReferral(referral.id, { acknowledged: true }, 1);
    const stale = await expectProblem(
      await patchReferral(referral.id, { outcome: "Nothing found" }, 1),
      409,
    );
    expect(stale.detail).toBe(
      "Someone else updated this referral to Border Force after you opened it; review it and try again.",
    );
    expect(stale.current).toMatchObject({ id: referral.id, version: 2 });
    await expectProblem(
      await api(
        `/referrals/${referral.id}`,
        jsonInit("PATCH", { acknowledged: true }),
      ),
      428,
    );
    const nothing = await expectProblem(
      await patchReferral(referral.id, {}, 2),
      400,
    );
    expect(nothing.errors).toEqual([
      {
        field: "(request)",
        message: "record an acknowledgement or an outcome",
      },
    ]);
  });

  it("refuses to refer a closed report", async () => {
    mockDb.signInAs("desk");
    const report = doverReport((r) => r.status === "closed");
    const problem = await expectProblem(
      await refer(report, { targetKind: "agency", targetName: "Border Force" }),
      409,
    );
    expect(problem).toMatchObject({
      type: "urn:portsafe:problem:invalid_transition",
      detail: "This report is closed; reopen it before referring it.",
      allowed: [],
    });
    expect(mockDb.referrals).toEqual([]);
  });
});

describe("the referral register in the mock API", () => {
  it("filters by state, report and target kind, and sorts with empty values last", async () => {
    mockDb.signInAs("desk");
    const [first, second] = mockDb.reports.filter(
      (r) => r.status === "triage",
    ) as [Report, Report];
    const a = (await (
      await refer(first, { targetKind: "agency", targetName: "Border Force" })
    ).json()) as Referral;
    const b = (await (
      await refer(second, {
        targetKind: "territorial_force",
        targetName: "Essex Police",
      })
    ).json()) as Referral;
    await patchReferral(b.id, { acknowledged: true }, 1);

    mockDb.signInAs("analyst");
    const list = async (query: string) => {
      const response = await api(`/referrals?${query}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as {
        data: Referral[];
        total: number;
      };
      return page.data.map((r) => r.id);
    };
    expect(await list("state=awaiting_acknowledgement")).toEqual([a.id]);
    expect(await list("state=awaiting_outcome&state=complete")).toEqual([b.id]);
    expect(await list(`reportId=${first.id}`)).toEqual([a.id]);
    expect(await list("targetKind=territorial_force")).toEqual([b.id]);
    expect(await list("sort=targetName&order=asc")).toEqual([a.id, b.id]);
    expect(await list("sort=acknowledgedAt&order=asc")).toEqual([b.id, a.id]);
    expect(await list("sort=acknowledgedAt&order=desc")).toEqual([b.id, a.id]);
    const bad = await expectProblem(await api("/referrals?state=lost"), 400);
    expect(bad.errors?.[0]?.field).toBe("state");
  });

  it("is closed to managers and 404s an unknown referral", async () => {
    mockDb.signInAs("manager");
    await expectProblem(await api("/referrals"), 403);
    mockDb.signInAs("desk");
    const missing = await expectProblem(
      await api("/referrals/00000000-0000-4000-8000-000000000000"),
      404,
    );
    expect(missing.detail).toBe(
      "There is no referral with id 00000000-0000-4000-8000-000000000000.",
    );
  });
});
