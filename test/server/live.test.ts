import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveEvent } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(() => t.close());

/** Opens the event stream and collects parsed events until `until` is satisfied or time runs out. */
async function collectEvents(
  cookie: string,
  trigger: () => Promise<unknown>,
  until: (events: LiveEvent[]) => boolean,
  timeoutMs = 2000,
) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: LiveEvent[] = [];
  let buffer = "";
  await reader.read(); // the ": connected" comment: we are subscribed
  const started = Date.now();
  await trigger();
  const deadline = setTimeout(() => controller.abort(), timeoutMs);
  try {
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const data = block
          .split("\n")
          .find((line) => line.startsWith("data: "));
        if (data) events.push(JSON.parse(data.slice(6)));
      }
    }
  } catch {
    // aborted at the deadline: return what arrived
  } finally {
    clearTimeout(deadline);
    controller.abort();
  }
  return { events, elapsedMs: Date.now() - started };
}

describe("live updates over Server-Sent Events", () => {
  it("tells an open queue about another officer's claim within 2 seconds", async () => {
    const analyst = await t.login("analyst");
    const desk = await t.login("desk");
    let claimedId = "";
    const { events, elapsedMs } = await collectEvents(
      analyst,
      async () => {
        const claim = await t.app.inject({
          method: "POST",
          url: "/api/reports/claim",
          headers: { cookie: desk },
        });
        claimedId = claim.json().id;
      },
      (received) =>
        received.some((e) => e.type === "report.changed" && e.id === claimedId),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: "report.changed", id: claimedId }),
    );
    expect(elapsedMs).toBeLessThan(2000);
  });

  it("announces a report from intake, with no report text in the event", async () => {
    const desk = await t.login("desk");
    const { events } = await collectEvents(
      desk,
      () =>
        t.app.inject({
          method: "POST",
          url: "/api/intake/reports",
          headers: {
            authorization: "Bearer demo-intake-key",
            "idempotency-key": "live-1",
          },
          payload: {
            externalRef: "CS-LIVE-1",
            receivedAt: new Date().toISOString(),
            channel: "online",
            portId: "tilbury",
            category: "drugs",
            summary: "Secret words",
            details: "More secret words",
          },
        }),
      (received) => received.some((e) => e.type === "report.created"),
    );
    const created = events.find((e) => e.type === "report.created");
    expect(created).toMatchObject({
      type: "report.created",
      reference: expect.stringMatching(/^PS-\d{4}-\d{6}$/),
    });
    expect(JSON.stringify(events)).not.toContain("Secret words");
  });

  it("keeps delivering after the database drops the listening connection (PostgreSQL)", async (context) => {
    if (t.kind !== "postgres") return context.skip();
    const desk = await t.login("desk");
    const claimAndWait = async () => {
      let claimedId = "";
      const { events } = await collectEvents(
        desk,
        async () => {
          // The server restart or failover a real deployment sees: end every LISTEN connection.
          await t.db.execute(
            sql`select pg_terminate_backend(pid) from pg_stat_activity where query like 'LISTEN %' and pid <> pg_backend_pid()`,
          );
          // The hub listens again after about a second; claim after that.
          await new Promise((resolve) => setTimeout(resolve, 1500));
          const claim = await t.app.inject({
            method: "POST",
            url: "/api/reports/claim",
            headers: { cookie: desk },
          });
          claimedId = claim.json().id;
        },
        (received) =>
          received.some(
            (e) => e.type === "report.changed" && e.id === claimedId,
          ),
        4000,
      );
      return events.some(
        (e) => e.type === "report.changed" && e.id === claimedId,
      );
    };
    expect(await claimAndWait()).toBe(true);
  });

  it("ends an open stream once its session is signed out", async () => {
    const cookie = await t.login("analyst");
    const response = await fetch(`${base}/api/events`, { headers: { cookie } });
    const reader = response.body!.getReader();
    await reader.read(); // ": connected"
    await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie },
    });
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })();
    const timeout = new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), 3000),
    );
    expect(await Promise.race([ended, timeout])).toBe(true);
  });

  it("is refused to a manager", async () => {
    const manager = await t.login("manager");
    const response = await fetch(`${base}/api/events`, {
      headers: { cookie: manager },
    });
    expect(response.status).toBe(403);
  });
});

describe("who else has a report open", () => {
  it("shows each officer the others viewing, and forgets one who leaves", async () => {
    const [report] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports limit 1`,
    );
    const url = `/api/reports/${report!.id}/viewers`;
    const desk = await t.login("desk");
    const desk2 = await t.login("desk2");
    expect(
      (
        await t.app.inject({ method: "PUT", url, headers: { cookie: desk } })
      ).json().data,
    ).toEqual([]);
    const seenByDesk2 = (
      await t.app.inject({ method: "PUT", url, headers: { cookie: desk2 } })
    ).json().data;
    expect(
      seenByDesk2.map((v: { displayName: string }) => v.displayName),
    ).toEqual(["Desk Officer (demo)"]);
    expect(
      (
        await t.app.inject({ method: "GET", url, headers: { cookie: desk } })
      ).json().data,
    ).toHaveLength(1);
    expect(
      (
        await t.app.inject({
          method: "DELETE",
          url,
          headers: { cookie: desk2 },
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await t.app.inject({ method: "GET", url, headers: { cookie: desk } })
      ).json().data,
    ).toEqual([]);
  });
});
