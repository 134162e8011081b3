// A fresh API per test file, on a private copy of the seeded database, driven through inject().
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { testConfig, type Config } from "../../server/config";
import type {
  Database,
  DatabaseHandle,
  DatabaseKind,
} from "../../server/db/connect";
import { buildApp, type AppOptions } from "../../server/app";
import { demoPassword } from "../../server/seed/demoSeed";
import { openTestDatabase } from "./testDatabase";

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  /** Which engine this run uses (the PostgreSQL parity run sets TEST_DATABASE_URL). */
  kind: DatabaseKind;
  /** Signs in as a demo user and returns the Cookie header value to send. */
  login(username: string): Promise<string>;
  /**
   * Starts a second API instance on the same database, as behind a load balancer; null on PGlite,
   * which allows one connection. The caller closes it.
   */
  anotherInstance(): Promise<{
    app: FastifyInstance;
    close(): Promise<void>;
  } | null>;
  close(): Promise<void>;
}

/**
 * `overrides` change settings, e.g. PORTSAFE_DEMO: false to require a second factor; `options`
 * the app's timers, e.g. a long `statsCompactionMs` for a test that folds the stats deltas itself.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: Pick<AppOptions, "statsCompactionMs"> = {},
): Promise<TestApp> {
  const handle = await openTestDatabase();
  const start = async ({ db, kind, listen }: DatabaseHandle) => {
    const app = await buildApp({
      config: testConfig({
        STATIC_DIR: "/nonexistent",
        LOGIN_RATE_PER_MINUTE: 10_000,
        ...overrides,
      }),
      db,
      databaseKind: kind,
      listen,
      liveStreamCheckMs: 300,
      ...options,
    });
    await app.ready();
    return app;
  };
  const app = await start(handle);
  return {
    app,
    db: handle.db,
    kind: handle.kind,
    async login(username: string) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: demoPassword },
      });
      if (response.statusCode !== 200)
        throw new Error(`login as ${username} failed: ${response.body}`);
      return cookieHeader(response);
    },
    async anotherInstance() {
      if (!handle.openAnother) return null;
      const other = await handle.openAnother();
      const otherApp = await start(other);
      return {
        app: otherApp,
        async close() {
          await otherApp.close();
          await other.close();
        },
      };
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

export function cookieHeader(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
