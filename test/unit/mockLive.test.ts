// Open screens hear of changes in the mock API as they would from the server: an event stream
// that stays open and carries ids and versions only, and who else has a report open.
import { describe, expect, it, vi } from "vitest";
import type { LiveEvent, Report } from "../../src/domain";
import { resetMockDb } from "../../mocks/node";
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

/**
 * Reads an event stream message by message (SSE messages end with a blank line). It is closed by
 * aborting the request, as a browser does: in Node, msw keeps a copy of every mocked response for
 * its own events, so cancelling the reader alone never reaches the mock.
 */
async function openStream() {
  const abort = new AbortController();
  const response = await api("/events", { signal: abort.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe(
    "text/event-stream; charset=utf-8",
  );
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(): Promise<string | null> {
      while (!buffer.includes("\n\n")) {
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += decoder.decode(value, { stream: true });
      }
      const end = buffer.indexOf("\n\n");
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      return message;
    },
    close: () => abort.abort(),
  };
}

const message = (event: LiveEvent) =>
  `event: ${event.type}\ndata: ${JSON.stringify(event)}`;

describe("the live event stream in the mock API", () => {
  it("says it is connected, then tells of a claim and a new report, without report text", async () => {
    mockDb.signInAs("desk");
    const stream = await openStream();
    expect(await stream.next()).toBe(": connected");

    const claimed = (await (
      await api("/reports/claim", { method: "POST" })
    ).json()) as Report;
    const desk = mockDb.currentUser?.id ?? null;
    expect(await stream.next()).toBe(
      message({
        type: "report.changed",
        id: claimed.id,
        version: claimed.version,
        actorId: desk,
      }),
    );

    const created = (await (
      await api(
        "/reports",
        jsonInit("POST", {
          externalRef: "CS-LIVE-1",
          receivedAt: "2026-11-21T08:00:00Z",
          channel: "online",
          portId: "tilbury",
          category: "drugs",
          summary: "Secret words",
          details: "More secret words",
        }),
      )
    ).json()) as Report;
    const announced = await stream.next();
    expect(announced).toBe(
      message({
        type: "report.created",
        id: created.id,
        reference: created.reference,
        actorId: desk,
      }),
    );
    expect(announced).not.toContain("Secret words");
    stream.close();
  });

  it("says nothing of a write that was refused part-way, and carries what a test emits", async () => {
    mockDb.signInAs("desk");
    const selected = mockDb.reports
      .filter((r) => r.status === "triage")
      .slice(0, 2)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const stream = await openStream();
    await stream.next();
    const refused = await api(
      "/reports/bulk",
      jsonInit("POST", {
        action: "assign",
        assigneeId: null,
        items: selected.map((r, i) => ({ id: r.id, version: r.version + i })),
      }),
    );
    expect(refused.status).toBe(409);
    const otherOfficer: LiveEvent = {
      type: "report.changed",
      id: selected[0]?.id ?? "",
      version: 9,
      actorId: null,
    };
    mockDb.emitLive(otherOfficer);
    expect(await stream.next()).toBe(message(otherOfficer));
    stream.close();
  });

  it("ends a stream when the client leaves or the mock is reset, and is refused to a manager", async () => {
    mockDb.signInAs("analyst");
    const left = await openStream();
    await left.next();
    left.close();
    expect(await left.next()).toBeNull();
    const stream = await openStream();
    await stream.next();
    resetMockDb();
    expect(await stream.next()).toBeNull();
    mockDb.signInAs("manager");
    await expectProblem(await api("/events"), 403);
  });
});

describe("who else has a report open in the mock API", () => {
  it("shows each officer the others viewing, and forgets one who leaves or goes quiet", async () => {
    const report = mockDb.reports[0] as Report;
    const url = `/reports/${report.id}/viewers`;
    mockDb.signInAs("desk");
    expect(await (await api(url, { method: "PUT" })).json()).toEqual({
      data: [],
    });
    const desk = {
      id: mockDb.currentUser?.id,
      displayName: "Desk Officer (demo)",
    };
    const stream = await openStream();
    await stream.next();

    mockDb.signInAs("desk2");
    expect(await (await api(url, { method: "PUT" })).json()).toEqual({
      data: [desk],
    });
    const desk2 = {
      id: mockDb.currentUser?.id,
      displayName: "PC Alex Morgan (demo)",
    };
    expect(await stream.next()).toBe(
      message({ type: "report.viewers", id: report.id }),
    );

    mockDb.signInAs("desk");
    expect(await (await api(url)).json()).toEqual({ data: [desk2] });
    mockDb.signInAs("desk2");
    expect((await api(url, { method: "DELETE" })).status).toBe(204);
    expect(await stream.next()).toBe(
      message({ type: "report.viewers", id: report.id }),
    );
    mockDb.signInAs("desk");
    expect(await (await api(url)).json()).toEqual({ data: [] });

    mockDb.addViewer(report.id, "analyst");
    expect((await (await api(url)).json()) as unknown).toEqual({
      data: [
        {
          id: mockDb.users.find((u) => u.username === "analyst")?.id,
          displayName: "Intelligence Analyst (demo)",
        },
      ],
    });
    // No heartbeat for 45 seconds: gone.
    vi.setSystemTime(Date.now() + 45_000);
    expect(await (await api(url)).json()).toEqual({ data: [] });
    stream.close();
  });

  it("404s a heartbeat for an unknown report and keeps managers out", async () => {
    mockDb.signInAs("desk");
    await expectProblem(
      await api("/reports/00000000-0000-4000-8000-000000000000/viewers", {
        method: "PUT",
      }),
      404,
    );
    mockDb.signInAs("manager");
    await expectProblem(
      await api(`/reports/${mockDb.reports[0]?.id}/viewers`),
      403,
    );
  });
});
