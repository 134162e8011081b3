// Small helpers for tests that drive the API as a user would: one call through inject(), a
// problem+json check, the ids of signed-in users, a report picked by SQL and read back over HTTP.
import { sql, type SQL } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import {
  ProblemSchema,
  type Problem,
  type Report,
  type ReportEvent,
} from "../../src/domain";
import { rows } from "./dbQuery";
import type { TestApp } from "./testApp";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export function call(
  t: TestApp,
  cookie: string | null,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export const ifMatch = (version: number) => ({ "if-match": `"${version}"` });

/** Asserts the response is a problem+json of the given status and returns it parsed. */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
): Problem {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toMatch(
    /^application\/problem\+json/,
  );
  return ProblemSchema.parse(response.json());
}

export async function userId(t: TestApp, username: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    t.db,
    sql`select id from users where username = ${username}`,
  );
  if (!row) throw new Error(`no demo user ${username}`);
  return row.id;
}

/** Reports matching `where`, read over HTTP as the given user, in the order `order` gives. */
export async function reportsWhere(
  t: TestApp,
  cookie: string,
  where: SQL,
  count: number,
  order: SQL = sql`received_at desc, id`,
): Promise<Report[]> {
  const ids = await rows<{ id: string }>(
    t.db,
    sql`select id from reports where ${where} order by ${order} limit ${count}`,
  );
  if (ids.length < count)
    throw new Error(`the demo data has only ${ids.length} such reports`);
  return Promise.all(
    ids.map(
      async ({ id }) =>
        (await call(t, cookie, "GET", `/api/reports/${id}`)).json() as Report,
    ),
  );
}

export async function reportWhere(
  t: TestApp,
  cookie: string,
  where: SQL,
): Promise<Report> {
  const [report] = await reportsWhere(t, cookie, where, 1);
  return report!;
}

export async function timeline(
  t: TestApp,
  cookie: string,
  reportId: string,
): Promise<ReportEvent[]> {
  const response = await call(
    t,
    cookie,
    "GET",
    `/api/reports/${reportId}/events`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { data: ReportEvent[] }).data;
}

/** Each timeline entry as "kind: summary". */
export async function timelineLines(
  t: TestApp,
  cookie: string,
  reportId: string,
): Promise<string[]> {
  return (await timeline(t, cookie, reportId)).map(
    (e) => `${e.kind}: ${e.summary}`,
  );
}

/** Asserts an ISO instant lies between `since` (ms) and now. */
export function expectSince(iso: string | null | undefined, since: number) {
  expect(iso).toEqual(expect.any(String));
  const at = Date.parse(iso!);
  expect(at).toBeGreaterThanOrEqual(since - 5);
  expect(at).toBeLessThanOrEqual(Date.now() + 5);
}

export const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
