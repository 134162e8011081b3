// Component tests talk to the real API. msw is only the interception layer: every `*/api/*`
// request the app makes is handed to the Fastify app of this test file through inject(), on a
// private copy of the seeded demo database (the same snapshot the server tests use). The cookie
// jar stands in for the browser's: Node's fetch keeps no cookies.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { buildApp } from "../../server/app";
import { testConfig, type Config } from "../../server/config";
import type { Database, DatabaseHandle } from "../../server/db/connect";
import { demoPassword } from "../../server/seed/demoSeed";
import { openTestDatabase } from "../server/testDatabase";

interface RunningApi {
  app: FastifyInstance;
  handle: DatabaseHandle;
}

let running: RunningApi | null = null;
/** A demo user to sign in as before the app's first request (renderApp's `as`). */
let pendingSignIn: string | null = null;
/** The browser's cookies for this origin: name → value. */
const cookieJar = new Map<string, string>();
/** Settings of this test file's server that differ from the demo's (configureRealApi). */
let configOverrides: Partial<Config> = {};

/**
 * Runs this test file's API with these settings (e.g. `{ PORTSAFE_DEMO: false }` for a server that
 * requires a second factor). Call it at the top of the file: it holds for every test after it.
 */
export function configureRealApi(overrides: Partial<Config>): void {
  configOverrides = overrides;
}

function current(): RunningApi {
  if (!running) throw new Error("the real API is not started (see setup.ts)");
  return running;
}

/** Starts the API on a fresh copy of the seeded database: every test starts from the same data. */
export async function startRealApi(): Promise<void> {
  const handle = await openTestDatabase();
  const app = await buildApp({
    config: testConfig({
      STATIC_DIR: "/nonexistent",
      LOGIN_RATE_PER_MINUTE: 10_000,
      ...configOverrides,
    }),
    db: handle.db,
    databaseKind: handle.kind,
    listen: handle.listen,
    liveStreamCheckMs: 300,
  });
  await app.ready();
  running = { app, handle };
}

export async function stopRealApi(): Promise<void> {
  const stopping = running;
  running = null;
  pendingSignIn = null;
  cookieJar.clear();
  if (!stopping) return;
  await stopping.app.close();
  await stopping.handle.close();
}

/** The database behind the API, for a test to read what a command really wrote. */
export function apiDatabase(): Database {
  return current().handle.db;
}

export function apiApp(): FastifyInstance {
  return current().app;
}

function keepCookies(response: LightMyRequestResponse): void {
  for (const cookie of response.cookies) {
    const expired =
      cookie.value === "" ||
      (cookie.expires !== undefined && cookie.expires.getTime() < Date.now()) ||
      cookie.maxAge === 0;
    if (expired) cookieJar.delete(cookie.name);
    else cookieJar.set(cookie.name, cookie.value);
  }
}

function cookieHeader(): string | undefined {
  if (cookieJar.size === 0) return undefined;
  return [...cookieJar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/**
 * The "browser" will be signed in as this demo user when the app makes its first request, as if
 * they had used the sign-in page before: renderApp stays synchronous, like render().
 */
export function signInBeforeFirstRequest(username: string): void {
  pendingSignIn = username;
}

/** Signs the "browser" in as a demo user, as if they had used the sign-in page. */
export async function signInAs(username: string): Promise<void> {
  const response = await current().app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: demoPassword },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${username} failed: ${response.body}`);
  keepCookies(response);
}

/** A request of the test's own, made as a demo user (a colleague at another desk). */
export async function requestAs(
  username: string,
  request: {
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  },
): Promise<LightMyRequestResponse> {
  const { app } = current();
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: demoPassword },
  });
  if (login.statusCode !== 200)
    throw new Error(`sign-in as ${username} failed: ${login.body}`);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return app.inject({
    method: request.method,
    url: request.url,
    headers: { ...request.headers, cookie },
    ...(request.payload === undefined
      ? {}
      : { payload: request.payload as object }),
  });
}

/** Like requestAs, for a 2xx JSON answer: anything else fails the test with the server's words. */
export async function jsonAs<T = unknown>(
  username: string,
  request: Parameters<typeof requestAs>[1],
): Promise<T> {
  const response = await requestAs(username, request);
  if (response.statusCode >= 300)
    throw new Error(
      `${request.method} ${request.url} as ${username}: ${response.statusCode} ${response.body}`,
    );
  return response.json() as T;
}

/** Hands one intercepted browser request to the real app and turns its answer back into a Response. */
async function forward(request: Request): Promise<Response> {
  if (pendingSignIn) {
    const username = pendingSignIn;
    pendingSignIn = null;
    await signInAs(username);
  }
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // A browser on the app's own origin says so; jsdom's fetch does not.
  headers["sec-fetch-site"] ??= "same-origin";
  headers.origin ??= url.origin;
  const cookies = cookieHeader();
  if (cookies) headers.cookie = cookies;
  const body =
    request.method === "GET" || request.method === "HEAD"
      ? undefined
      : Buffer.from(await request.arrayBuffer());
  const response = await current().app.inject({
    method: request.method as "GET",
    url: url.pathname + url.search,
    headers,
    ...(body && body.length > 0 ? { payload: body } : {}),
  });
  keepCookies(response);
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (name === "set-cookie" || value === undefined) continue;
    if (Array.isArray(value))
      for (const item of value) responseHeaders.append(name, item);
    else responseHeaders.set(name, String(value));
  }
  const nullBody = [204, 304].includes(response.statusCode);
  return new HttpResponse(nullBody ? null : response.rawPayload, {
    status: response.statusCode,
    headers: responseHeaders,
  });
}

export const apiServer = setupServer(
  http.all("*/api/*", ({ request }) => forward(request)),
);
