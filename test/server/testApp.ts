// A fresh API per test file, on a private copy of the seeded snapshot, driven through inject().
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { inject } from "vitest";
import { testConfig } from "../../server/config";
import { openDatabase, pgliteExtensions, type Database } from "../../server/db/connect";
import { buildApp } from "../../server/app";
import { demoPassword } from "../../server/seed/demoSeed";

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  /** Signs in as a demo user and returns the Cookie header value to send. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const snapshot = readFileSync(inject("pgliteSnapshotPath"));
  const client = await PGlite.create({ loadDataDir: new Blob([snapshot]), extensions: pgliteExtensions() });
  const handle = await openDatabase({ kind: "pglite-instance", client });
  const app = await buildApp({ config: testConfig({ STATIC_DIR: "/nonexistent" }), db: handle.db, databaseKind: handle.kind, listen: handle.listen });
  await app.ready();
  return {
    app,
    db: handle.db,
    async login(username: string) {
      const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password: demoPassword } });
      if (response.statusCode !== 200) throw new Error(`login as ${username} failed: ${response.body}`);
      return cookieHeader(response);
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
