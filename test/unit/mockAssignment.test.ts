// A desk officer hands a report to a colleague and keeps notes on it through the mock API; every
// change, a PATCH included, lands on the report's timeline as the server writes it.
import { describe, expect, it } from "vitest";
import type { Report, ReportEvent } from "../../src/domain";
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

function reportWhere(keep: (r: Report) => boolean): Report {
  const report = mockDb.reports.find(keep);
  if (!report) throw new Error("the demo data has no such report");
  return report;
}

function userId(username: string): string {
  const user = mockDb.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.id;
}

async function timeline(id: string): Promise<ReportEvent[]> {
  const response = await api(`/reports/${id}/events`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: ReportEvent[] }).data;
}

describe("assignment and notes in the mock API", () => {
  it("assigns to another desk officer, refuses anyone else, and unassigns", async () => {
    mockDb.signInAs("desk");
    const report = reportWhere((r) => r.status === "triage");
    const assign = (assigneeId: string | null, version: number) =>
      api(
        `/reports/${report.id}/assignment`,
        jsonInit("POST", { assigneeId }, { "If-Match": `"${version}"` }),
      );
    const refused = await expectProblem(
      await assign(userId("analyst"), report.version),
      400,
    );
    expect(refused.detail).toBe("assigneeId: choose an active desk officer");
    expect(refused.errors).toEqual([
      { field: "assigneeId", message: "choose an active desk officer" },
    ]);

    const assigned = await assign(userId("desk2"), report.version);
    expect(assigned.status).toBe(200);
    expect(await assigned.json()).toMatchObject({
      assigneeId: userId("desk2"),
      version: report.version + 1,
    });
    const unassigned = (await (
      await assign(null, report.version + 1)
    ).json()) as Report;
    expect(unassigned.assigneeId).toBeNull();
    expect((await timeline(report.id)).map((e) => [e.kind, e.summary])).toEqual(
      [
        ["assigned", "Assigned to PC Alex Morgan (demo)"],
        ["assigned", "Unassigned"],
      ],
    );
  });

  it("adds a note to the timeline without changing the report", async () => {
    mockDb.signInAs("desk");
    const report = reportWhere((r) => r.status === "triage");
    const response = await api(
      `/reports/${report.id}/notes`,
      jsonInit("POST", { text: " Called the port's PFSO; CCTV retained. " }),
    );
    expect(response.status).toBe(201);
    const note = (await response.json()) as ReportEvent;
    expect(note).toEqual({
      id: 1,
      reportId: report.id,
      at: mockDb.now().toISOString(),
      actorId: userId("desk"),
      actorName: "Desk Officer (demo)",
      kind: "note",
      summary: "Added a note",
      reason: "Called the port's PFSO; CCTV retained.",
    });
    expect(await timeline(report.id)).toEqual([note]);
    expect(mockDb.reportById(report.id)).toEqual(report);

    const empty = await expectProblem(
      await api(
        `/reports/${report.id}/notes`,
        jsonInit("POST", { text: "   " }),
      ),
      400,
    );
    expect(empty.errors).toEqual([
      { field: "text", message: "write the note" },
    ]);
  });

  it("shows the timeline to an analyst but lets only the desk write notes", async () => {
    const report = reportWhere((r) => r.status === "triage");
    mockDb.signInAs("analyst");
    expect(await timeline(report.id)).toEqual([]);
    await expectProblem(
      await api(
        `/reports/${report.id}/notes`,
        jsonInit("POST", { text: "Hi" }),
      ),
      403,
    );
    mockDb.signInAs("manager");
    await expectProblem(await api(`/reports/${report.id}/events`), 403);
  });

  it("writes a PATCH to the timeline, naming the fields that changed", async () => {
    mockDb.signInAs("desk");
    const report = reportWhere(
      (r) => r.status === "triage" && r.risk !== "low",
    );
    await api(
      `/reports/${report.id}`,
      jsonInit(
        "PATCH",
        { risk: "low", handling: report.handling },
        { "If-Match": `"${report.version}"` },
      ),
    );
    expect((await timeline(report.id)).map((e) => [e.kind, e.summary])).toEqual(
      [["updated", "Changed risk"]],
    );
  });
});
