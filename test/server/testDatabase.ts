// Where server tests get their database: by default a private PGlite copy of one seeded snapshot
// per test file; with TEST_DATABASE_URL set (the PostgreSQL parity run), a private database
// cloned from one seeded template per test file. Same migrations, same seed, same tests.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import {
  openDatabase,
  pgliteExtensions,
  type DatabaseHandle,
} from "../../server/db/connect";

export const templateDatabase = "portsafe_test_template";

/** The test cluster's URL with another database name. */
export function urlForDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(
  url: string,
  statement: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface TestDatabaseHandle extends DatabaseHandle {
  /**
   * A second connection pool on the same database, as a second server instance would have
   * (PostgreSQL only: PGlite allows one connection per data directory).
   */
  openAnother?(): Promise<DatabaseHandle>;
}

export async function openTestDatabase(): Promise<TestDatabaseHandle> {
  const postgresUrl = inject("postgresUrl");
  if (!postgresUrl) {
    const snapshot = readFileSync(inject("pgliteSnapshotPath"));
    const client = await PGlite.create({
      loadDataDir: new Blob([snapshot]),
      extensions: pgliteExtensions(),
    });
    return openDatabase({ kind: "pglite-instance", client });
  }
  const name = `portsafe_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(
    postgresUrl,
    `create database ${name} template ${templateDatabase}`,
  );
  const open = () =>
    openDatabase({
      kind: "postgres",
      url: urlForDatabase(postgresUrl, name),
      // close() drops the database with FORCE, which ends connections the pool is still closing.
      onConnectionError: () => {},
    });
  const handle = await open();
  return {
    ...handle,
    openAnother: open,
    async close() {
      await handle.close();
      await adminQuery(
        postgresUrl,
        `drop database if exists ${name} with (force)`,
      );
    },
  };
}
