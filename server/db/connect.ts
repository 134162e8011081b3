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
  /** LISTEN on a channel; resolves to a function that stops listening. */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Channel names are ours, never user input; still, only plain identifiers are allowed. */
function checkedChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel))
    throw new Error(`invalid channel name ${channel}`);
  return channel;
}

const migrationsFolder = resolve(import.meta.dirname, "migrations");

export type OpenDatabaseOptions =
  | { kind: "pglite"; dataDir: string }
  /** A PGlite instance the caller made (tests load a snapshot this way). */
  | { kind: "pglite-instance"; client: PGlite }
  | { kind: "postgres"; url: string };

export async function openDatabase(
  options: OpenDatabaseOptions,
): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    const db = drizzlePostgres(pool, { schema }) as unknown as Database;
    await migratePostgres(db as never, { migrationsFolder });
    const listen = async (
      channel: string,
      onMessage: (payload: string) => void,
    ) => {
      // LISTEN needs one dedicated connection for as long as it listens.
      const client = await pool.connect();
      const handler = (message: pg.Notification) => {
        if (message.channel === channel && message.payload !== undefined)
          onMessage(message.payload);
      };
      client.on("notification", handler);
      await client.query(`LISTEN ${checkedChannel(channel)}`);
      return async () => {
        client.off("notification", handler);
        await client
          .query(`UNLISTEN ${checkedChannel(channel)}`)
          .catch(() => {});
        client.release();
      };
    };
    return { db, kind: "postgres", listen, close: () => pool.end() };
  }
  let release = () => {};
  let client: PGlite;
  if (options.kind === "pglite") {
    release = acquireDataDirLock(options.dataDir);
    try {
      client = await PGlite.create(join(options.dataDir, "pglite"), {
        extensions: { pg_trgm },
      });
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
    listen: async (channel, onMessage) => {
      const unsubscribe = await client.listen(
        checkedChannel(channel),
        onMessage,
      );
      return async () => unsubscribe();
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}

export function pgliteExtensions() {
  return { pg_trgm };
}
