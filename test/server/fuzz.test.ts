// Issue #8 point 5: whatever arrives (odd ids, queries, bodies, headers and cookies), every route
// of the OpenAPI document answers below 500, and every error is problem+json a person can read.
// Most requests come from a role the route lets in, so they reach validation, handlers and the
// database rather than stopping at 401/403. fast-check prints the seed and the smallest failing
// request when the property fails.
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain";
import type { SchemaContext } from "./schemaInputs";
import {
  requestsFor,
  type FuzzRequest,
  type FuzzSetting,
} from "./fuzzRequests";
import {
  accessRules,
  allRoles,
  documentedRoutes,
  loadOpenApiDocument,
  type DocumentedRoute,
  type OpenApiDocument,
} from "./openapiRoutes";
import { createTestApp, type TestApp } from "./testApp";

/**
 * About 75 routes × this many requests keeps the file well under a minute on a busy machine.
 * FUZZ_RUNS=500 searches deeper (locally, before a release).
 */
const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 30);

let t: TestApp;
let doc: OpenApiDocument;
let routes: DocumentedRoute[] = [];
const cookies = new Map<Role, string>();
let spareSession = "";
/** Real ids by resource (the path segment after /api/), so some ids name existing records. */
const knownIds = new Map<string, string[]>();

async function idsOf(resource: string, url: string, role: Role) {
  const response = await t.app.inject({
    method: "GET",
    url,
    headers: { cookie: cookies.get(role)! },
  });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  const records = (
    response.json() as { data: { id: string; username?: string }[] }
  ).data;
  // Changing the accounts this file is signed in with (disable, new password) would end its sessions.
  const ids = records
    .filter((r) => !(allRoles as readonly string[]).includes(r.username ?? ""))
    .map((r) => r.id);
  knownIds.set(resource, ids);
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of allRoles) cookies.set(role, await t.login(role));
  spareSession = await t.login("desk");
  doc = await loadOpenApiDocument(t.app);
  routes = documentedRoutes(doc);
  await idsOf("reports", "/api/reports?perPage=5", "desk");
  await idsOf("referrals", "/api/referrals?perPage=5", "desk");
  await idsOf("members", "/api/members?perPage=5", "manager");
  await idsOf("assessments", "/api/assessments?perPage=5", "manager");
  await idsOf("accounts", "/api/accounts?perPage=100", "admin");
  await idsOf("users", "/api/users?perPage=5", "admin");
  await idsOf("ports", "/api/ports?perPage=5", "desk");
  const to = new Date();
  const from = new Date(to.getTime() - 1000 * 86_400_000);
  await idsOf(
    "patterns",
    `/api/patterns?from=${from.toISOString()}&to=${to.toISOString()}`,
    "analyst",
  );
});
afterAll(() => t.close());

function fuzzSetting(): FuzzSetting {
  const members = routes.find((r) => r.key === "POST /api/members")!;
  return {
    context: schemaContext(),
    cookies,
    spareSession,
    knownIds,
    memberSchema:
      members.operation.requestBody!.content["application/json"]!.schema!,
  };
}

function schemaContext(): SchemaContext {
  const uuids = [...knownIds.entries()]
    .filter(([resource]) => !["ports", "patterns"].includes(resource))
    .flatMap(([, ids]) => ids);
  const ids = (resource: string) => knownIds.get(resource) ?? [];
  return {
    resolve: (ref) => doc.components!.schemas![ref.split("/").pop()!]!,
    knownIds: uuids,
    named: {
      portId: ids("ports"),
      memberId: ids("members"),
      assigneeId: ids("users"),
      linkedReportId: ids("reports"),
      reportId: ids("reports"),
      // Bulk actions name reports as { id, version }.
      id: ids("reports"),
      version: [1, 2, 3],
      contactEmail: ["pfso@port.example.co.uk", "a@b.co"],
    },
  };
}

/** Below 500; an error is problem+json with its own status and a detail a person can act on. */
function expectSafeAnswer(response: LightMyRequestResponse): void {
  const said = `${response.statusCode} ${response.headers["content-type"]}: ${response.body.slice(0, 500)}`;
  expect(response.statusCode, said).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(response.headers["content-type"], said).toMatch(
    /^application\/problem\+json/,
  );
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  expect(problem, said).toMatchObject({
    title: expect.any(String),
    status: response.statusCode,
    detail: expect.stringMatching(/\S/),
  });
}

async function send(request: FuzzRequest) {
  const response = await t.app.inject(request);
  expectSafeAnswer(response);
  return response;
}

describe("inputs the property once broke the API with", () => {
  const as = (role: Role) => ({ cookie: cookies.get(role)! });
  const json = (role: Role, body: unknown) => ({
    headers: { ...as(role), "content-type": "application/json" },
    payload: JSON.stringify(body),
  });

  it("answers a malformed %-escape or an over-long id in the address with a problem, not Fastify's own JSON", async () => {
    const badEscape = await send({
      method: "GET",
      url: "/api/reports/%/events",
      headers: as("desk"),
    });
    expect(badEscape.statusCode).toBe(400);
    expect(badEscape.json().detail).toContain("%20");
    const longId = await send({
      method: "GET",
      url: `/api/ports/${"x".repeat(150)}`,
      headers: as("desk"),
    });
    expect(longId.statusCode).toBe(414);
  });

  it("refuses text PostgreSQL cannot store (NUL, a lone surrogate), naming the field", async () => {
    for (const username of ["a\u0000b", "\ud800x"]) {
      const login = await send({
        method: "POST",
        url: "/api/auth/login",
        ...json("desk", { username, password: "x" }),
      });
      expect(login.statusCode, username).toBe(400);
      expect(login.json().errors).toEqual([
        expect.objectContaining({ field: "username" }),
      ]);
    }
    for (const url of ["/api/ports/%00", "/api/reports?q=ab%00cd"]) {
      expect(
        (await send({ method: "GET", url, headers: as("desk") })).statusCode,
        url,
      ).toBe(400);
    }
  });

  it("refuses dates outside the years PostgreSQL and the date arithmetic can hold", async () => {
    const refused: [Role, string][] = [
      ["admin", "/api/audit?from=0000-01-01T00:00:00Z"],
      [
        "manager",
        "/api/stats/summary?from=0000-01-01T00:00:00Z&to=2000-01-01T00:00:00Z",
      ],
      // The previous period of 2000–9999 began in year -5998.
      [
        "manager",
        "/api/stats/summary?from=2000-01-01T00:00:00Z&to=9999-12-31T23:59:59Z",
      ],
      ["manager", "/api/coverage?reportsSince=0000-01-01"],
    ];
    for (const [role, url] of refused) {
      const response = await send({ method: "GET", url, headers: as(role) });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().detail, url).toContain(
        "use a year between 1900 and 2100",
      );
    }
    // The widest window allowed still has a previous period the database can hold.
    const widest =
      "/api/stats/summary?from=1900-01-01T00:00:00Z&to=2100-12-31T00:00:00Z";
    expect(
      (await send({ method: "GET", url: widest, headers: as("manager") }))
        .statusCode,
    ).toBe(200);
    const baseline = await send({
      method: "POST",
      url: `/api/assessments/${knownIds.get("assessments")![0]}/baseline`,
      ...json("manager", { dueOn: "0000-01-01" }),
    });
    expect(baseline.statusCode).toBe(400);
  });

  it("refuses an empty filter list, which a JSON body can send and SQL cannot say (in ())", async () => {
    const review = await send({
      method: "POST",
      url: "/api/patterns/f6f045002a999b9a/review",
      ...json("analyst", { status: "reviewed", filters: { channel: [] } }),
    });
    expect(review.statusCode).toBe(400);
    expect(review.json().errors).toEqual([
      expect.objectContaining({ field: "filters.channel" }),
    ]);
  });
});

describe("bad input never breaks the API", () => {
  it("fuzzes every route the OpenAPI document lists", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(
      routes.map((route) => route.key).filter((key) => !(key in accessRules)),
    ).toEqual([]);
  });

  it.each(Object.keys(accessRules))(
    "%s answers below 500, and its errors are problem+json",
    async (key) => {
      const route = routes.find((r) => r.key === key);
      expect(
        route,
        `${key} is no longer in the OpenAPI document`,
      ).toBeDefined();
      await fc.assert(
        fc.asyncProperty(
          requestsFor(route!, fuzzSetting()),
          async (request) => {
            await send(request);
          },
        ),
        { numRuns: runsPerRoute },
      );
    },
    Math.max(30_000, runsPerRoute * 1_000),
  );
});
