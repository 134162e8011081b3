// Opens the database: embedded PGlite on DATA_DIR by default, PostgreSQL when DATABASE_URL is
// set. Both get the same drizzle schema and the same SQL migrations.
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";
import { acquireDataDirLock } from "./lockFile";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const migrationsFolder = resolve(import.meta.dirname, "migrations");

export type OpenDatabaseOptions =
  | { kind: "pglite"; dataDir: string }
  /** A PGlite instance the caller made (tests load a snapshot this way). */
  | { kind: "pglite-instance"; client: PGlite }
  | { kind: "postgres"; url: string };

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    const db = drizzlePostgres(pool, { schema }) as unknown as Database;
    await migratePostgres(db as never, { migrationsFolder });
    return { db, kind: "postgres", close: () => pool.end() };
  }
  let release = () => {};
  let client: PGlite;
  if (options.kind === "pglite") {
    release = acquireDataDirLock(options.dataDir);
    try {
      client = await PGlite.create(join(options.dataDir, "pglite"), { extensions: { pg_trgm } });
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = options.client;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  await migratePglite(db as never, { migrationsFolder });
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

export function pgliteExtensions() {
  return { pg_trgm };
}
