// Everything between "settings read" and "ready to listen": database, migrations, reference
// data, demo seeding, the app. Shared by the server's main, the CLI tools and the tests.
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import type { Config } from "./config";
import {
  openDatabase,
  type DatabaseHandle,
  type OpenDatabaseOptions,
} from "./db/connect";
import { buildApp } from "./app";
import { syncReferencePorts } from "./ports/portsRepository";
import { isDatabaseEmpty, seedDemoData } from "./seed/demoSeed";

export function databaseOptions(config: Config): OpenDatabaseOptions {
  return config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL }
    : { kind: "pglite", dataDir: config.DATA_DIR };
}

/** Opens and migrates the database, refreshes reference ports and, in demo mode, seeds an empty one. */
export async function prepareDatabase(
  config: Config,
  options: OpenDatabaseOptions = databaseOptions(config),
  log: (message: string) => void = () => {},
): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  try {
    await syncReferencePorts(handle.db);
    if (config.PORTSAFE_DEMO && (await isDatabaseEmpty(handle.db))) {
      log("Empty database in demo mode: seeding demo data…");
      const summary = await seedDemoData(handle.db);
      // PGlite has no autovacuum: without this the planner has no statistics and index-only
      // scans (the stats index) read the table anyway.
      await handle.db.execute(sql`vacuum analyze`);
      log(
        `Seeded ${summary.reports} reports, ${summary.members} members, ${summary.assessments} assessments and ${summary.users} demo users.`,
      );
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export async function startApp(
  config: Config,
  handle: DatabaseHandle,
): Promise<FastifyInstance> {
  return buildApp({
    config,
    db: handle.db,
    databaseKind: handle.kind,
    listen: handle.listen,
  });
}
