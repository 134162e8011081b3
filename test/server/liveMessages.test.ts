// What an open screen hears on the event stream, message by message: that it is connected, then
// each change as ids and versions only (never report text), nothing of a write that was refused,
// and who else has a report open. (Ported from the mock API's tests, issue #12; live.test.ts
// covers delivery time, reconnection and sign-out.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  viewerExpirySeconds,
  type LiveEvent,
  type Report,
} from "../../src/domain";
import {
  byId,
  call,
  expectProblem,
  ifMatch,
  reportsWhere,
  userId,
} from "./apiCalls";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(() => t.close());

/**
 * Reads the event stream message by message (SSE messages end with a blank line), skipping the
 * keep-alive comments the server sends while nothing happens.
 */
async function openStream(cookie: string) {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/events`, {
    headers: { cookie },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(
    "text/event-stream; charset=utf-8",
  );
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  async function nextMessage(): Promise<string | null> {
    while (!buffer.includes("\n\n")) {
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += decoder.decode(value, { stream: true });
    }
    const end = buffer.indexOf("\n\n");
    const message = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    return message;
  }
  return {
    async next(): Promise<string | null> {
      const timer = setTimeout(() => abort.abort(), 3000);
      try {
        for (;;) {
          const message = await nextMessage();
          if (message !== ": keep-alive") return message;
        }
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => abort.abort(),
  };
}

/** Compares a stream message with an event, whatever the order of the JSON keys. */
function expectMessage(received: string | null, event: LiveEvent) {
  const [eventLine, dataLine, ...rest] = (received ?? "").split("\n");
  expect(eventLine, received ?? "(stream ended)").toBe(`event: ${event.type}`);
  expect(rest).toEqual([]);
  expect(JSON.parse(dataLine!.replace(/^data: /, ""))).toEqual(event);
}

describe("the live event stream", () => {
  it("says it is connected, then tells of a claim and a new report, without report text", async () => {
    const desk = await t.login("desk");
    const deskId = await userId(t, "desk");
    const stream = await openStream(desk);
    expect(await stream.next()).toBe(": connected");

    const claimed = (
      await call(t, desk, "POST", "/api/reports/claim")
    ).json() as Report;
    expectMessage(await stream.next(), {
      type: "report.changed",
      id: claimed.id,
      version: claimed.version,
      actorId: deskId,
    });

    const response = await call(t, desk, "POST", "/api/reports", {
      externalRef: "CS-LIVE-1",
      receivedAt: "2026-11-21T08:00:00Z",
      channel: "online",
      portId: "tilbury",
      category: "drugs",
      summary: "Secret words",
      details: "More secret words",
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json() as Report;
    const announced = await stream.next();
    expectMessage(announced, {
      type: "report.created",
      id: created.id,
      reference: created.reference,
      actorId: deskId,
    });
    expect(announced).not.toContain("Secret words");
    stream.close();
  });

  it("says nothing of a write that was refused part-way, and carries the next change", async () => {
    const desk = await t.login("desk");
    const selected = (
      await reportsWhere(t, desk, sql`status = 'triage'`, 2)
    ).sort(byId);
    const stream = await openStream(desk);
    await stream.next();
    const refused = await call(t, desk, "POST", "/api/reports/bulk", {
      action: "assign",
      assigneeId: null,
      items: selected.map((r, i) => ({ id: r.id, version: r.version + i })),
    });
    expect(refused.statusCode).toBe(409);
    // Another officer's change after the refusal is the next thing the stream says.
    const desk2 = await t.login("desk2");
    const first = selected[0]!;
    const changed = await call(
      t,
      desk2,
      "PATCH",
      `/api/reports/${first.id}`,
      { riskRationale: "Checked by a colleague" },
      ifMatch(first.version),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expectMessage(await stream.next(), {
      type: "report.changed",
      id: first.id,
      version: first.version + 1,
      actorId: await userId(t, "desk2"),
    });
    stream.close();
  });
});

describe("who else has a report open", () => {
  it("shows each officer the others viewing, and forgets one who leaves or goes quiet", async () => {
    const [report] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports order by id limit 1`,
    );
    const url = `/api/reports/${report!.id}/viewers`;
    const desk = await t.login("desk");
    expect((await call(t, desk, "PUT", url)).json()).toEqual({ data: [] });
    const deskViewer = {
      id: await userId(t, "desk"),
      displayName: "Desk Officer (demo)",
    };
    const stream = await openStream(desk);
    await stream.next();

    const desk2 = await t.login("desk2");
    expect((await call(t, desk2, "PUT", url)).json()).toEqual({
      data: [deskViewer],
    });
    const desk2Viewer = {
      id: await userId(t, "desk2"),
      displayName: "PC Alex Morgan (demo)",
    };
    expectMessage(await stream.next(), {
      type: "report.viewers",
      id: report!.id,
    });

    expect((await call(t, desk, "GET", url)).json()).toEqual({
      data: [desk2Viewer],
    });
    expect((await call(t, desk2, "DELETE", url)).statusCode).toBe(204);
    expectMessage(await stream.next(), {
      type: "report.viewers",
      id: report!.id,
    });
    expect((await call(t, desk, "GET", url)).json()).toEqual({ data: [] });

    const analyst = await t.login("analyst");
    await call(t, analyst, "PUT", url);
    expect((await call(t, desk, "GET", url)).json()).toEqual({
      data: [
        {
          id: await userId(t, "analyst"),
          displayName: "Intelligence Analyst (demo)",
        },
      ],
    });
    // No heartbeat for 45 seconds: gone.
    await t.db.execute(
      sql`update report_viewers set seen_at = seen_at - make_interval(secs => ${viewerExpirySeconds}) where report_id = ${report!.id}`,
    );
    expect((await call(t, desk, "GET", url)).json()).toEqual({ data: [] });
    stream.close();
  });

  it("404s a heartbeat for an unknown report and keeps managers out", async () => {
    const desk = await t.login("desk");
    expectProblem(
      await call(
        t,
        desk,
        "PUT",
        "/api/reports/00000000-0000-4000-8000-000000000000/viewers",
      ),
      404,
    );
    const [report] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports limit 1`,
    );
    const manager = await t.login("manager");
    expectProblem(
      await call(t, manager, "GET", `/api/reports/${report!.id}/viewers`),
      403,
    );
  });
});
