// The desk's queue views and "claim next" in the mock API: the counts and filters follow the
// server's conditions, and a claim takes the oldest unassessed, unassigned report into triage.
import { describe, expect, it } from "vitest";
import {
  QueueCountsSchema,
  type Report,
  type ReportEvent,
} from "../../src/domain";
import { useFrozenClock } from "./support/frozenClock";
import { api, expectProblem, mockDb, useMockServer } from "./support/mockApi";

useMockServer();
useFrozenClock();

function userId(username: string): string {
  const user = mockDb.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.id;
}

async function listIds(
  query: string,
): Promise<{ ids: string[]; total: number }> {
  const response = await api(`/reports?${query}&perPage=100`);
  expect(response.status).toBe(200);
  const page = (await response.json()) as { data: Report[]; total: number };
  return { ids: page.data.map((r) => r.id), total: page.total };
}

describe("queue counts in the mock API", () => {
  it("counts each view with the server's conditions, 'mine' being the signed-in officer's", async () => {
    mockDb.signInAs("desk2");
    const me = userId("desk2");
    const nowMs = mockDb.now().getTime();
    const count = (keep: (r: Report) => boolean) =>
      mockDb.reports.filter(keep).length;
    const expected = {
      unassessed: count((r) => r.status === "new"),
      mine: count((r) => r.assigneeId === me && r.status !== "closed"),
      overdue: count(
        (r) => r.slaDueAt !== null && new Date(r.slaDueAt).getTime() < nowMs,
      ),
      immediate: count((r) => r.risk === "immediate" && r.status !== "closed"),
      on_hold: count((r) => r.status === "on_hold"),
      open: count((r) => r.status !== "closed"),
      closed: count((r) => r.status === "closed"),
    };
    // The demo data must exercise every view, or this test proves nothing.
    expect(Object.values(expected).every((n) => n > 0)).toBe(true);

    const response = await api("/reports/queues");
    expect(response.status).toBe(200);
    const counts = QueueCountsSchema.parse(await response.json());
    expect(counts).toEqual(expected);
  });

  it("is refused to a manager and answers 401 without a session", async () => {
    await expectProblem(await api("/reports/queues"), 401);
    mockDb.signInAs("manager");
    await expectProblem(await api("/reports/queues"), 403);
  });
});

describe("queue views and forces as list filters", () => {
  it("lists 'my reports' for whoever is signed in", async () => {
    mockDb.signInAs("desk3");
    const me = userId("desk3");
    const mine = mockDb.reports.filter(
      (r) => r.assigneeId === me && r.status !== "closed",
    );
    const { total } = await listIds("view=mine");
    expect(total).toBe(mine.length);
    const ofMine = await listIds("view=mine&status=triage");
    expect(ofMine.total).toBe(mine.filter((r) => r.status === "triage").length);
  });

  it("lists overdue reports by the mock clock", async () => {
    mockDb.signInAs("analyst");
    const nowMs = mockDb.now().getTime();
    const overdue = mockDb.reports.filter(
      (r) => r.slaDueAt !== null && Date.parse(r.slaDueAt) < nowMs,
    );
    const { ids, total } = await listIds(
      "view=overdue&sort=reference&order=asc",
    );
    expect(total).toBe(overdue.length);
    expect(ids).toEqual(
      overdue
        .sort((a, b) => (a.reference < b.reference ? -1 : 1))
        .slice(0, 100)
        .map((r) => r.id),
    );
  });

  it("filters by any of several territorial forces, through the report's port", async () => {
    mockDb.signInAs("desk");
    const kentOrEssex = new Set(
      mockDb.ports
        .filter((p) =>
          ["Kent Police", "Essex Police"].includes(p.territorialPoliceForce),
        )
        .map((p) => p.id),
    );
    expect(kentOrEssex.has("dover")).toBe(true);
    const expected = mockDb.reports.filter((r) => kentOrEssex.has(r.portId));
    const { total } = await listIds("force=Kent+Police&force=Essex+Police");
    expect(total).toBe(expected.length);
    expect(total).toBeGreaterThan(0);
  });

  it("refuses an unknown view with 400 naming the field", async () => {
    mockDb.signInAs("desk");
    const problem = await expectProblem(await api("/reports?view=urgent"), 400);
    expect(problem.errors?.map((e) => e.field)).toEqual(["view"]);
  });
});

describe("claiming the next report in the mock API", () => {
  it("gives the officer the oldest unassessed, unassigned report, in triage, with its timeline", async () => {
    mockDb.signInAs("desk");
    const [oldest] = mockDb.reports
      .filter((r) => r.status === "new" && r.assigneeId === null)
      .sort(
        (a, b) =>
          Date.parse(a.receivedAt) - Date.parse(b.receivedAt) ||
          (a.id < b.id ? -1 : 1),
      );
    if (!oldest) throw new Error("the demo data has no unassigned new report");

    const response = await api("/reports/claim", { method: "POST" });
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(`"${oldest.version + 1}"`);
    const claimed = (await response.json()) as Report;
    const now = mockDb.now().toISOString();
    expect(claimed).toEqual({
      ...oldest,
      status: "triage",
      assigneeId: userId("desk"),
      version: oldest.version + 1,
      updatedAt: now,
      // Still unassessed: the clock runs from receipt, one hour by the default policy.
      slaDueAt: new Date(
        Date.parse(oldest.receivedAt) + 3_600_000,
      ).toISOString(),
    });

    const timeline = await api(`/reports/${oldest.id}/events`);
    const events = (await timeline.json()) as {
      data: ReportEvent[];
      total: number;
    };
    expect(events.total).toBe(1);
    expect(events.data[0]).toMatchObject({
      kind: "claimed",
      summary: "Claimed by Desk Officer (demo) and moved into triage",
      actorName: "Desk Officer (demo)",
      actorId: userId("desk"),
      reason: null,
      at: now,
    });

    const next = (await (
      await api("/reports/claim", { method: "POST" })
    ).json()) as Report;
    expect(next.id).not.toBe(oldest.id);
  });

  it("answers 204 with an empty body when nothing is left to claim", async () => {
    mockDb.signInAs("desk");
    const desk2 = userId("desk2");
    mockDb.reports = mockDb.reports.map((r) =>
      r.status === "new" ? { ...r, assigneeId: desk2 } : r,
    );
    const response = await api("/reports/claim", { method: "POST" });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("is refused to an analyst", async () => {
    mockDb.signInAs("analyst");
    await expectProblem(await api("/reports/claim", { method: "POST" }), 403);
  });
});
