// Issue #13 point 5: a refusal's title says what went wrong. A body too large is not "invalid
// fields", nor is a body of a type the route does not take, and a Crimestoppers reference the
// desk already has is not "the record has changed" (no one else's edit is in the way).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IntakeReport } from "../../src/domain";
import { expectProblem } from "./apiCalls";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let desk: string;
beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login("desk");
});
afterAll(() => t.close());

function report(externalRef: string): IntakeReport {
  return {
    externalRef,
    receivedAt: "2026-11-20T22:15:00Z",
    channel: "online",
    portId: "GBDVR",
    category: "insider_threat",
    insiderType: "exploited",
    summary:
      "A loader at the eastern docks is said to be paid to leave a trailer unchecked.",
    details:
      "The caller says the payments started in October and the trailer arrives on Thursdays.",
  };
}

describe("problem titles", () => {
  it('a body over the size limit is 413 "The request is too large"', async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: { cookie: desk, "content-type": "application/json" },
      payload: JSON.stringify({ summary: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(expectProblem(response, 413)).toMatchObject({
      type: "urn:portsafe:problem:too_large",
      title: "The request is too large",
    });
  });

  it('a body of a type the route does not take is 415 "Unsupported media type"', async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/reports",
      headers: { cookie: desk, "content-type": "application/xml" },
      payload: "<report/>",
    });
    expect(expectProblem(response, 415)).toMatchObject({
      type: "urn:portsafe:problem:unsupported_media_type",
      title: "Unsupported media type",
    });
  });

  it('a Crimestoppers reference received before is 409 "Already received", by intake or by hand', async () => {
    const externalRef = `CS-TITLE-${Date.now()}`;
    const intake = (key: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/intake/reports",
        headers: {
          authorization: "Bearer demo-intake-key",
          "idempotency-key": key,
        },
        payload: report(externalRef),
      });
    expect((await intake("title-key-a")).statusCode).toBe(201);
    const byIntake = expectProblem(await intake("title-key-b"), 409);
    const byHand = expectProblem(
      await t.app.inject({
        method: "POST",
        url: "/api/reports",
        headers: { cookie: desk },
        payload: report(externalRef),
      }),
      409,
    );
    for (const problem of [byIntake, byHand]) {
      expect(problem).toMatchObject({
        type: "urn:portsafe:problem:already_received",
        title: "Already received",
        errors: [{ field: "externalRef" }],
      });
      expect(problem.detail).toContain(externalRef);
    }
  });
});
