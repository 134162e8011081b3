import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IntakeReport, Report } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let sequence = 0;
function newBody(overrides: Partial<IntakeReport> = {}): IntakeReport {
  sequence++;
  return {
    externalRef: `CS-TEST-${Date.now()}-${sequence}`,
    receivedAt: "2026-11-20T22:15:00Z",
    channel: "online",
    portId: "GBDVR",
    category: "insider_threat",
    insiderType: "exploited",
    summary:
      "A loader at the eastern docks is said to be paid to leave a trailer unchecked.",
    details:
      "The caller says the payments started in October and the trailer arrives on Thursdays.",
    ...overrides,
  };
}

function intake(body: unknown, key: string | null, bearer = "demo-intake-key") {
  return t.app.inject({
    method: "POST",
    url: "/api/intake/reports",
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(key ? { "idempotency-key": key } : {}),
    },
    payload: body as object,
  });
}

async function reportsWithExternalRef(externalRef: string) {
  return rows<{ id: string }>(
    t.db,
    sql`select id from reports where external_ref = ${externalRef}`,
  );
}

describe("the Crimestoppers intake API", () => {
  it("creates a new report with the next reference, resolving a UN/LOCODE to the port", async () => {
    const body = newBody();
    const response = await intake(body, "key-create-1");
    expect(response.statusCode).toBe(201);
    const report = response.json() as Report;
    expect(report).toMatchObject({
      portId: "dover",
      status: "new",
      risk: null,
      handling: "OFFICIAL-SENSITIVE",
      version: 1,
      externalRef: body.externalRef,
    });
    const [counter] = await rows<{ last_sequence: number }>(
      t.db,
      sql`select last_sequence from report_reference_counters where year = 2026`,
    );
    expect(report.reference).toBe(
      `PS-2026-${String(counter!.last_sequence).padStart(6, "0")}`,
    );
    expect(Date.parse(report.slaDueAt!)).toBe(
      Date.parse(body.receivedAt) + 60 * 60 * 1000,
    );
    expect(response.headers.location).toBe(`/api/reports/${report.id}`);
  });

  it("returns the first response to a retry with the same key and body, creating nothing", async () => {
    const body = newBody();
    const first = await intake(body, "key-retry");
    const retry = await intake(body, "key-retry");
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(await reportsWithExternalRef(body.externalRef)).toHaveLength(1);
  });

  it("refuses the same key with a different body with 422", async () => {
    await intake(newBody(), "key-reused");
    const response = await intake(newBody(), "key-reused");
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain("Idempotency-Key");
  });

  it("creates exactly one report from 50 concurrent identical submissions", async () => {
    const body = newBody();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => intake(body, "key-concurrent")),
    );
    expect(new Set(responses.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await reportsWithExternalRef(body.externalRef)).toHaveLength(1);
  });

  it("needs an Idempotency-Key", async () => {
    const response = await intake(newBody(), null);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe("Idempotency-Key");
  });

  it("refuses a wrong key and a user's session", async () => {
    expect((await intake(newBody(), "k1", "not-a-key")).statusCode).toBe(401);
    const cookie = await t.login("desk");
    const withSession = await t.app.inject({
      method: "POST",
      url: "/api/intake/reports",
      headers: { cookie, "idempotency-key": "k2" },
      payload: newBody(),
    });
    expect(withSession.statusCode).toBe(401);
  });

  it("names every bad field", async () => {
    const response = await intake(
      { ...newBody(), channel: "fax", receivedAt: "yesterday", summary: "" },
      "key-bad",
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["channel", "receivedAt", "summary"]);
  });

  it("refuses an unknown port and an insider type on another category, creating nothing", async () => {
    const unknownPort = newBody({ portId: "atlantis" });
    const response = await intake(unknownPort, "key-port");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: "portId" });
    const mismatched = newBody({
      category: "drugs",
      insiderType: "deliberate",
    });
    expect((await intake(mismatched, "key-type")).statusCode).toBe(400);
    expect(await reportsWithExternalRef(unknownPort.externalRef)).toHaveLength(
      0,
    );
    expect(await reportsWithExternalRef(mismatched.externalRef)).toHaveLength(
      0,
    );
  });

  it("refuses a Crimestoppers reference already received under another key", async () => {
    const body = newBody();
    await intake(body, "key-a");
    const again = await intake(body, "key-b");
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(body.externalRef);
  });
});

describe("manual entry by the desk", () => {
  it("creates a report from a hotline transcription, recorded on its timeline", async () => {
    const cookie = await t.login("desk");
    const body = newBody({
      channel: "hotline",
      category: "drugs",
      insiderType: undefined,
      portId: "felixstowe",
    });
    const response = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: { cookie },
      payload: body,
    });
    expect(response.statusCode).toBe(201);
    const events = (
      await t.app.inject({
        method: "GET",
        url: `/api/reports/${response.json().id}/events`,
        headers: { cookie },
      })
    ).json();
    expect(events.data[0]).toMatchObject({
      kind: "received",
      summary: "Entered by Desk Officer (demo) (Crimestoppers hotline)",
    });
  });

  it("is refused to analysts", async () => {
    const cookie = await t.login("analyst");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: { cookie },
      payload: newBody(),
    });
    expect(response.statusCode).toBe(403);
  });
});
