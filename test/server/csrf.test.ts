// Cross-site requests never change state (DESIGN §4, issue #13 point 1): every state-changing
// operation the OpenAPI document lists is sent from another site with a valid cookie of a role
// allowed to call it, and must be refused with 403 and change nothing. A CORS-safelisted body
// type (one a browser sends cross-site without asking first) is refused with 415.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain";
import { rows } from "./dbQuery";
import {
  accessRules,
  allRoles,
  documentedRoutes,
  fillPath,
  loadOpenApiDocument,
  type DocumentedRoute,
} from "./openapiRoutes";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let stateChanging: DocumentedRoute[] = [];
const cookies = new Map<Role, string>();
/** A real id per first path segment, so an accepted request would really change something. */
const ids = new Map<string, string>();
const someId = "00000000-0000-4000-8000-000000000000";

async function firstId(table: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    t.db,
    sql`select id::text as id from ${sql.identifier(table)} order by id limit 1`,
  );
  return row?.id ?? someId;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of allRoles) cookies.set(role, await t.login(role));
  stateChanging = documentedRoutes(await loadOpenApiDocument(t.app)).filter(
    (route) => route.method !== "GET",
  );
  for (const [segment, table] of [
    ["reports", "reports"],
    ["accounts", "users"],
    ["members", "members"],
    ["assessments", "assessments"],
    ["referrals", "referrals"],
  ] as const)
    ids.set(segment, await firstId(table));
  const patterns = await t.app.inject({
    method: "GET",
    url: "/api/patterns",
    headers: { cookie: cookies.get("analyst")! },
  });
  const pattern = (patterns.json() as { data?: { id: string }[] }).data?.[0];
  ids.set("patterns", pattern?.id ?? someId);
});
afterAll(() => t.close());

function urlOf(route: DocumentedRoute): string {
  const segment = route.path.split("/")[2]!;
  return fillPath(route.path, encodeURIComponent(ids.get(segment) ?? someId));
}

/** A role the access rules let call the route (the desk for public routes). */
function callerOf(route: DocumentedRoute): Role {
  const rule = accessRules[route.key];
  if (rule === undefined) throw new Error(`no access rule for ${route.key}`);
  if (rule === "public" || rule === "intake") return "desk";
  return rule[0]!;
}

/** Everything that is not a sign-in or refusal record: what a change would leave behind. */
async function changeRows(): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from audit_events where action not like 'auth.%'`,
  );
  return row!.n;
}

async function snapshot() {
  const [row] = await rows<Record<string, number>>(
    t.db,
    sql`select
      (select count(*)::int from reports) as reports,
      (select count(*)::int from report_events) as events,
      (select count(*)::int from members) as members,
      (select count(*)::int from sessions) as sessions,
      (select coalesce(sum(version), 0)::int from reports) as "reportVersions",
      (select coalesce(sum(version), 0)::int from users) as "userVersions"`,
  );
  return { ...row, changes: await changeRows() };
}

const crossSite: Record<string, Record<string, string>> = {
  "Sec-Fetch-Site: cross-site": {
    "sec-fetch-site": "cross-site",
    origin: "https://evil.example",
  },
  "Sec-Fetch-Site: same-site": { "sec-fetch-site": "same-site" },
  "Origin: https://evil.example without Fetch Metadata": {
    origin: "https://evil.example",
  },
  "Origin: null without Fetch Metadata": { origin: "null" },
};

describe("cross-site requests", () => {
  it("covers the state-changing routes the API documents", () => {
    expect(stateChanging.length).toBeGreaterThan(25);
    expect(stateChanging.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        "POST /api/auth/login",
        "POST /api/auth/logout",
        "POST /api/reports/claim",
        "POST /api/auth/mfa/enrolment",
        "POST /api/members/import",
      ]),
    );
  });

  for (const [name, headers] of Object.entries(crossSite)) {
    it(`refuses every state-changing route with 403 and changes nothing (${name})`, async () => {
      const before = await snapshot();
      for (const route of stateChanging) {
        if (route.key === "POST /api/intake/reports") continue;
        const caller = callerOf(route);
        const response = await t.app.inject({
          method: route.method,
          url: urlOf(route),
          headers: {
            ...headers,
            cookie: cookies.get(caller)!,
            "if-match": '"1"',
          },
          ...(route.method === "DELETE"
            ? {}
            : route.key === "POST /api/auth/login"
              ? { payload: { username: "desk", password: "portsafe-demo" } }
              : { payload: {} }),
        });
        expect(response.statusCode, `${caller} ${route.key}`).toBe(403);
        expect(response.headers["content-type"]).toMatch(
          /^application\/problem\+json/,
        );
        expect(response.json().detail).toMatch(
          /^This request came from another site and was refused/,
        );
        expect(response.headers["set-cookie"], route.key).toBeUndefined();
      }
      expect(await snapshot()).toEqual(before);
      // Signing out from another site did not end the session.
      const me = await t.app.inject({
        method: "GET",
        url: "/api/auth/me",
        headers: { cookie: cookies.get("desk")! },
      });
      expect(me.statusCode).toBe(200);
    });
  }

  it("audits refusals, summarised per source and minute", async () => {
    const refused = await rows<{ n: number; ip: string }>(
      t.db,
      sql`select count(*)::int as n, ip from audit_events
          where action = 'auth.cross_site_refused' group by ip`,
    );
    expect(refused).toEqual([{ n: 1, ip: "127.0.0.1" }]);
  });

  it("still lets the app's own pages change things", async () => {
    const reportId = ids.get("reports")!;
    for (const headers of [
      { "sec-fetch-site": "same-origin", origin: "http://localhost" },
      { origin: "http://localhost:80" },
      {},
    ]) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/reports/${reportId}/notes`,
        headers: { ...headers, cookie: cookies.get("desk")! },
        payload: { text: "Checked with the PFSO." },
      });
      expect(response.statusCode, JSON.stringify(headers)).toBe(201);
    }
    // A top-level GET from another site (a link) is not a change: it is answered.
    const list = await t.app.inject({
      method: "GET",
      url: "/api/reports",
      headers: {
        "sec-fetch-site": "cross-site",
        cookie: cookies.get("desk")!,
      },
    });
    expect(list.statusCode).toBe(200);
  });

  it("compares Origin with the address the proxy was asked for when TRUST_PROXY is on", async () => {
    const proxied = await createTestApp({ TRUST_PROXY: true });
    try {
      const login = (origin: string) =>
        proxied.app.inject({
          method: "POST",
          url: "/api/auth/login",
          headers: {
            origin,
            host: "127.0.0.1:8080",
            "x-forwarded-proto": "https",
            "x-forwarded-host": "desk.portsafe.example",
          },
          payload: { username: "desk", password: "portsafe-demo" },
        });
      expect((await login("https://desk.portsafe.example")).statusCode).toBe(
        200,
      );
      expect((await login("http://desk.portsafe.example")).statusCode).toBe(
        403,
      );
      expect((await login("http://127.0.0.1:8080")).statusCode).toBe(403);
    } finally {
      await proxied.close();
    }
  });
});

describe("CORS-safelisted body types", () => {
  const bodies: [string, string][] = [
    ["text/plain", '{"text":"a note"}'],
    ["text/plain; charset=utf-8", '{"text":"a note"}'],
    ["application/x-www-form-urlencoded", "text=a+note"],
    [
      "multipart/form-data; boundary=x",
      '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\na note\r\n--x--\r\n',
    ],
  ];

  it("are refused with 415 on every state-changing route, even from the app's own origin", async () => {
    const before = await snapshot();
    for (const route of stateChanging) {
      for (const [type, payload] of bodies) {
        const response = await t.app.inject({
          method: route.method,
          url: urlOf(route),
          headers: {
            cookie: cookies.get(callerOf(route))!,
            "sec-fetch-site": "same-origin",
            "content-type": type,
          },
          payload,
        });
        expect(response.statusCode, `${type} ${route.key}`).toBe(415);
        expect(response.headers["content-type"]).toMatch(
          /^application\/problem\+json/,
        );
        expect(response.json().title).toBe("Unsupported media type");
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("leaves the member import to text/csv or JSON", async () => {
    const manager = cookies.get("manager")!;
    const csv =
      "name,port,role\n" +
      "Test Member,Felixstowe,Port facility security officer\n";
    const asPlain = await t.app.inject({
      method: "POST",
      url: "/api/members/import",
      headers: { cookie: manager, "content-type": "text/plain" },
      payload: csv,
    });
    expect(asPlain.statusCode).toBe(415);
    // text/csv is not safelisted: a browser would ask first (CORS preflight) and be refused.
    const asCsv = await t.app.inject({
      method: "POST",
      url: "/api/members/import",
      headers: { cookie: manager, "content-type": "text/csv" },
      payload: csv,
    });
    expect(asCsv.statusCode).not.toBe(415);
  });
});
