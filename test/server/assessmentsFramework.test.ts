// The PSeMS framework is data: seeded with the defaults, read by everyone, changed by an admin
// as a whole (with If-Match), and it decides which elements an assessment may score.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  defaultPsemsElements,
  defaultPsemsSteps,
  defaultReviewCycleYears,
  type PsemsFramework,
  type PsemsFrameworkUpdate,
} from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin");
});
afterAll(() => t.close());

function put(body: object, ifMatch: string | undefined, cookie = admin) {
  return t.app.inject({
    method: "PUT",
    url: "/api/psems/framework",
    headers: { cookie, ...(ifMatch ? { "if-match": ifMatch } : {}) },
    payload: body,
  });
}

async function current(): Promise<PsemsFramework> {
  return (
    await t.app.inject({
      method: "GET",
      url: "/api/psems/framework",
      headers: { cookie: admin },
    })
  ).json();
}

const update = (framework: PsemsFramework): PsemsFrameworkUpdate => ({
  steps: framework.steps,
  elements: framework.elements,
  reviewCycleYears: framework.reviewCycleYears,
});

describe("the PSeMS framework", () => {
  it("starts as the seeded defaults, readable by every role with its version as ETag", async () => {
    for (const role of ["desk", "analyst", "manager"]) {
      const response = await t.app.inject({
        method: "GET",
        url: "/api/psems/framework",
        headers: { cookie: await t.login(role) },
      });
      expect(response.statusCode, role).toBe(200);
      expect(response.headers.etag).toBe('"1"');
      expect(response.json()).toMatchObject({
        steps: defaultPsemsSteps,
        elements: defaultPsemsElements,
        reviewCycleYears: defaultReviewCycleYears,
        version: 1,
      });
    }
  });

  it("is changed by an admin only, with If-Match, renaming a step and adding an element", async () => {
    const before = await current();
    const next = update(before);
    next.steps = next.steps.map((s) =>
      s.number === 2
        ? { ...s, name: "Improvement plan agreed with the board" }
        : s,
    );
    next.elements = [
      ...next.elements,
      { key: "cyber", name: "Cyber security" },
    ];
    expect((await put(next, '"1"', await t.login("manager"))).statusCode).toBe(
      403,
    );
    expect((await put(next, undefined)).statusCode).toBe(428);
    const response = await put(next, '"1"');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      version: 2,
      steps: next.steps,
      elements: next.elements,
    });
    expect(response.headers.etag).toBe('"2"');
    const stale = await put(update(before), '"1"');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(2);
    const [audit] = await rows<{ detail: { version: number } }>(
      t.db,
      sql`select detail from audit_events where action = 'psems.update'`,
    );
    expect(audit!.detail.version).toBe(2);
  });

  it("then lets assessments score the new element", async () => {
    const [member] = await rows<{ id: string }>(
      t.db,
      sql`select id from members limit 1`,
    );
    const manager = await t.login("manager");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/assessments",
      headers: { cookie: manager },
      payload: {
        memberId: member!.id,
        kind: "self_gap_analysis",
        step: 1,
        scores: { cyber: 1 },
      },
    });
    expect(response.statusCode).toBe(201);
  });

  it("refuses anything but four steps numbered once each, duplicate keys, and a cycle over five years", async () => {
    const framework = await current();
    const three = await put(
      { ...update(framework), steps: framework.steps.slice(0, 3) },
      `"${framework.version}"`,
    );
    expect(three.json().errors).toEqual([
      { field: "steps", message: "the journey has exactly 4 steps" },
    ]);
    const twice = await put(
      {
        ...update(framework),
        steps: framework.steps.map((s) => ({ ...s, number: 1 })),
      },
      `"${framework.version}"`,
    );
    expect(twice.json().errors).toEqual([
      { field: "steps", message: "number the steps 1 to 4, each once" },
    ]);
    const duplicate = await put(
      {
        ...update(framework),
        elements: [
          ...framework.elements,
          { key: "audit", name: "Audit again" },
        ],
      },
      `"${framework.version}"`,
    );
    expect(duplicate.json().errors).toEqual([
      {
        field: `elements.${framework.elements.length}.key`,
        message: "the key audit is used twice; keys must be unique",
      },
    ]);
    const badKey = await put(
      {
        ...update(framework),
        elements: [{ key: "Access Control", name: "Access control" }],
      },
      `"${framework.version}"`,
    );
    expect(badKey.json().errors[0].field).toBe("elements.0.key");
    const longCycle = await put(
      { ...update(framework), reviewCycleYears: 6 },
      `"${framework.version}"`,
    );
    expect(longCycle.json().errors).toEqual([
      {
        field: "reviewCycleYears",
        message:
          "port security assessments must be reviewed at least every 5 years",
      },
    ]);
  });

  it("will not drop an element that assessments have scored", async () => {
    const framework = await current();
    const response = await put(
      {
        ...update(framework),
        elements: framework.elements.filter((e) => e.key !== "audit"),
      },
      `"${framework.version}"`,
    );
    expect(response.statusCode).toBe(400);
    const [scored] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from assessments where scores ? 'audit'`,
    );
    expect(response.json().errors).toEqual([
      {
        field: "elements",
        message: `audit is scored in ${scored!.n} assessments and cannot be removed; keep its key (you may rename it)`,
      },
    ]);
    expect((await current()).elements.map((e) => e.key)).toContain("audit");
  });
});
