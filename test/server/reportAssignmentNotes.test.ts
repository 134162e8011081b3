// A desk officer hands a report to a colleague and keeps notes on it; every change, a PATCH
// included, lands on the report's timeline in words. (Ported from the mock API's tests, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report, ReportEvent } from "../../src/domain";
import {
  call,
  expectProblem,
  expectSince,
  ifMatch,
  reportWhere,
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

const read = async (id: string) =>
  (await call(t, desk, "GET", `/api/reports/${id}`)).json() as Report;

describe("assignment and notes", () => {
  it("assigns to another desk officer, refuses anyone else, and unassigns", async () => {
    const report = await reportWhere(t, desk, sql`status = 'triage'`);
    const before = await timeline(t, desk, report.id);
    const assign = (assigneeId: string | null, version: number) =>
      call(
        t,
        desk,
        "POST",
        `/api/reports/${report.id}/assignment`,
        { assigneeId },
        ifMatch(version),
      );
    const refused = expectProblem(
      await assign(await userId(t, "analyst"), report.version),
      400,
    );
    expect(refused.detail).toBe("assigneeId: choose an active desk officer");
    expect(refused.errors).toEqual([
      { field: "assigneeId", message: "choose an active desk officer" },
    ]);

    const desk2 = await userId(t, "desk2");
    const assigned = await assign(desk2, report.version);
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({
      assigneeId: desk2,
      version: report.version + 1,
    });
    const unassigned = await assign(null, report.version + 1);
    expect(unassigned.statusCode).toBe(200);
    expect((unassigned.json() as Report).assigneeId).toBeNull();
    expect(
      (await timeline(t, desk, report.id))
        .slice(before.length)
        .map((e) => [e.kind, e.summary]),
    ).toEqual([
      ["assigned", "Assigned to PC Alex Morgan (demo)"],
      ["assigned", "Unassigned"],
    ]);
  });

  it("adds a note to the timeline without changing the report", async () => {
    const report = await reportWhere(t, desk, sql`status = 'triage'`);
    const before = await timeline(t, desk, report.id);
    const since = Date.now();
    const response = await call(
      t,
      desk,
      "POST",
      `/api/reports/${report.id}/notes`,
      { text: " Called the port's PFSO; CCTV retained. " },
    );
    expect(response.statusCode).toBe(201);
    const note = response.json() as ReportEvent;
    expectSince(note.at, since);
    expect(note).toEqual({
      id: expect.any(Number),
      reportId: report.id,
      at: note.at,
      actorId: await userId(t, "desk"),
      actorName: "Desk Officer (demo)",
      kind: "note",
      summary: "Added a note",
      reason: "Called the port's PFSO; CCTV retained.",
    });
    expect(await timeline(t, desk, report.id)).toEqual([...before, note]);
    expect(await read(report.id)).toEqual(report);

    const empty = expectProblem(
      await call(t, desk, "POST", `/api/reports/${report.id}/notes`, {
        text: "   ",
      }),
      400,
    );
    expect(empty.errors).toEqual([
      { field: "text", message: "write the note" },
    ]);
  });

  it("shows the timeline to an analyst but lets only the desk write notes", async () => {
    const report = await reportWhere(t, desk, sql`status = 'triage'`);
    const analyst = await t.login("analyst");
    expect(await timeline(t, analyst, report.id)).toEqual(
      await timeline(t, desk, report.id),
    );
    expectProblem(
      await call(t, analyst, "POST", `/api/reports/${report.id}/notes`, {
        text: "Hi",
      }),
      403,
    );
    const manager = await t.login("manager");
    expectProblem(
      await call(t, manager, "GET", `/api/reports/${report.id}/events`),
      403,
    );
  });

  it("writes a PATCH to the timeline, naming the fields that changed", async () => {
    const report = await reportWhere(
      t,
      desk,
      sql`status = 'triage' and risk is distinct from 'low'`,
    );
    const before = await timeline(t, desk, report.id);
    const response = await call(
      t,
      desk,
      "PATCH",
      `/api/reports/${report.id}`,
      { risk: "low", handling: report.handling },
      ifMatch(report.version),
    );
    expect(response.statusCode).toBe(200);
    expect(
      (await timeline(t, desk, report.id))
        .slice(before.length)
        .map((e) => [e.kind, e.summary]),
    ).toEqual([["updated", "Changed risk"]]);
  });
});
