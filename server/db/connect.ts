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
/** The `tx` of `db.transaction(async (tx) => …)`: work that must commit or roll back together. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/**
 * A database or a transaction: for work that may run on its own or inside the caller's
 * transaction (a transaction it opens becomes a savepoint there).
 */
export type Queryable = Database | Transaction;
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
  | {
      kind: "postgres";
      url: string;
      /** A pooled connection failed (server restart, network); the default warns on stderr. */
      onConnectionError?: (error: Error) => void;
    };

const relistenDelayMs = 1000;

/**
 * LISTEN needs one dedicated connection for as long as it listens. When that connection is lost,
 * listen again on a new one, so live updates resume after a database restart.
 */
async function listenOnPool(
  pool: pg.Pool,
  channel: string,
  onMessage: (payload: string) => void,
  onConnectionError: (error: Error) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: {
    client: pg.PoolClient;
    release: (error?: Error) => void;
  } | null = null;
  const handler = (message: pg.Notification) => {
    if (message.channel === channel && message.payload !== undefined)
      onMessage(message.payload);
  };
  const connect = async (): Promise<void> => {
    const client = await pool.connect();
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.off("error", onError);
      client.off("notification", handler);
      client.release(error);
    };
    const onError = (error: Error) => {
      onConnectionError(error);
      if (current?.client === client) current = null;
      release(error);
      if (!stopped) setTimeout(() => void reconnect(), relistenDelayMs);
    };
    client.on("notification", handler);
    client.on("error", onError);
    try {
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      release(error as Error);
      throw error;
    }
    // Stopped while this connection was being set up: give it straight back.
    if (stopped) return release();
    current = { client, release };
  };
  const reconnect = async () => {
    if (stopped) return;
    await connect().catch((error: Error) => {
      onConnectionError(error);
      if (!stopped) setTimeout(() => void reconnect(), relistenDelayMs);
    });
  };
  await connect();
  return async () => {
    stopped = true;
    if (!current) return;
    const { client, release } = current;
    current = null;
    await client.query(`UNLISTEN ${channel}`).catch(() => {});
    release();
  };
}

export async function openDatabase(
  options: OpenDatabaseOptions,
): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    const onConnectionError =
      options.onConnectionError ??
      ((error: Error) =>
        process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
    // The pool drops a broken idle connection by itself and opens a new one on the next query;
    // without a listener, Node would treat the error as uncaught and stop the server.
    pool.on("error", onConnectionError);
    const db = drizzlePostgres(pool, { schema }) as unknown as Database;
    await migratePostgres(db as never, { migrationsFolder });
    const listen = (channel: string, onMessage: (payload: string) => void) =>
      listenOnPool(pool, checkedChannel(channel), onMessage, onConnectionError);
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
