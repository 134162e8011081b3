// Seeds the benchmark's 100k / 1M reports from the demo generator, fast and in bounded memory:
// `streamDemoDataset` yields exactly the reports `generateDemoDataset` would give, a chunk at a
// time, and each chunk goes in as one COPY (PGlite) or one multi-row INSERT (PostgreSQL). For the
// load only, the reports table's secondary indexes and foreign keys are dropped and then re-created
// from the catalog's own definitions (pg_indexes, pg_get_constraintdef), so they stay exactly what
// the migrations made; the bench checks they are all back. Benchmark only: the demo seed at
// start-up (server/seed/demoSeed.ts) stays one transaction of ordinary inserts.
import type { PGlite } from "@electric-sql/pglite";
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import pg from "pg";
import { streamDemoDataset } from "../../demo";
import type { Report } from "../../src/domain";
import type { Database } from "../../server/db/connect";
import { reports } from "../../server/db/schema";
import { queryRows } from "../../server/db/rawQuery";
import { compactStatsRollups } from "../../server/stats/statsRollups";
import { verifyStatsRollups } from "../../server/stats/statsRollupsVerify";
import { toReportRow } from "../../server/reports/reportsRepository";
import {
  continueReportReferences,
  insertDemoPeople,
} from "../../server/seed/demoSeed";

export type BulkTarget =
  { kind: "pglite"; client: PGlite } | { kind: "postgres"; url: string };

/** Seconds spent in each phase. */
export interface SeedPhases {
  /** Drawing the dataset once to put the reports in arrival order; users, members, assessments. */
  plan: number;
  /** Drawing the reports again, converting and loading them (`draw` of it on our side). */
  load: number;
  draw: number;
  /** Re-creating the dropped indexes and foreign keys, folding the stats rollups and checking them. */
  indexes: number;
  vacuumAnalyze: number;
  total: number;
}

const reportsTable = getTableName(reports);
const reportColumns = Object.entries(getTableColumns(reports));

interface Loader {
  /** Reports per COPY or INSERT. */
  chunkSize: number;
  /** Loads one chunk; may return before the database has finished it (see `flush`). */
  load(chunk: readonly Report[]): Promise<void>;
  flush(): Promise<void>;
  /** Runs independent statements, several at once where the engine can. */
  runAll(statements: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export async function seedBenchData(
  db: Database,
  target: BulkTarget,
  now: Date,
  reportCount: number,
): Promise<{ reports: number; phases: SeedPhases }> {
  const clock = stopwatch();
  const dataset = streamDemoDataset({ now, reportCount });
  await insertDemoPeople(db, dataset);
  const plan = clock.lap();

  const restore = await dropForBulkLoad(db);
  const loader =
    target.kind === "pglite"
      ? pgliteLoader(target.client)
      : await postgresLoader(target.url);
  let draw = 0;
  let load = 0;
  try {
    let drawStarted = performance.now();
    for (const chunk of dataset.reportChunks(loader.chunkSize)) {
      draw += performance.now() - drawStarted;
      await loader.load(chunk);
      drawStarted = performance.now();
    }
    await loader.flush();
    load = clock.lap();

    await loader.runAll(restore.foreignKeys);
    await loader.runAll(restore.indexes);
  } finally {
    await loader.close();
  }
  const missing = await missingDefinitions(db, restore.before);
  if (missing.length > 0)
    throw new Error(`not re-created after the load: ${missing.join("; ")}`);
  await continueReportReferences(db);
  // The triggers recorded every loaded report as a pending delta; fold them in, as the server would,
  // and make sure the aggregates about to be timed count right.
  await compactStatsRollups(db);
  const rollupProblem = await verifyStatsRollups(db);
  if (rollupProblem)
    throw new Error(`stats rollups wrong after the load: ${rollupProblem}`);
  const indexes = clock.lap();

  await db.execute(sql`vacuum analyze`);
  const vacuumAnalyze = clock.lap();
  return {
    reports: dataset.reportCount,
    phases: {
      plan,
      load,
      draw: draw / 1000,
      indexes,
      vacuumAnalyze,
      total: clock.total(),
    },
  };
}

function stopwatch() {
  const started = performance.now();
  let last = started;
  return {
    lap(): number {
      const now = performance.now();
      const seconds = (now - last) / 1000;
      last = now;
      return seconds;
    },
    total: () => (performance.now() - started) / 1000,
  };
}

/** Every index and constraint definition on the reports table, as the catalog prints them. */
async function definitions(db: Database): Promise<string[]> {
  const rows = await queryRows<{ definition: string }>(
    db,
    sql`select indexdef as definition from pg_indexes
        where schemaname = current_schema() and tablename = ${reportsTable}
        union all
        select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
        where conrelid = ${reportsTable}::regclass`,
  );
  return rows.map((r) => r.definition).sort();
}

async function missingDefinitions(
  db: Database,
  before: readonly string[],
): Promise<string[]> {
  const after = new Set(await definitions(db));
  return before.filter((definition) => !after.has(definition));
}

/**
 * Drops the indexes that back no constraint (the primary key and unique references stay: other
 * tables refer to the key, and references arrive in order) and the foreign keys; returns the
 * statements that put them back.
 */
async function dropForBulkLoad(db: Database) {
  const before = await definitions(db);
  const indexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select i.indexname as name, i.indexdef as definition from pg_indexes i
        where i.schemaname = current_schema() and i.tablename = ${reportsTable}
          and not exists (select 1 from pg_constraint c
                          where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
  );
  const foreignKeys = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
        where conrelid = ${reportsTable}::regclass and contype = 'f'`,
  );
  for (const { name } of indexes)
    await db.execute(sql`drop index ${sql.identifier(name)}`);
  for (const { name } of foreignKeys)
    await db.execute(
      sql`alter table ${reports} drop constraint ${sql.identifier(name)}`,
    );
  return {
    before,
    // The trigram indexes take longest: start them first so they overlap the rest.
    indexes: indexes
      .map((i) => i.definition)
      .sort((a, b) => Number(b.includes("gin")) - Number(a.includes("gin"))),
    foreignKeys: foreignKeys.map(
      (fk) =>
        `alter table "${reportsTable}" add constraint "${fk.name}" ${fk.definition}`,
    ),
  };
}

/** A report as database column name → value, through the same mapping the API writes with. */
function columnValues(
  report: Report,
): [column: (typeof reportColumns)[number][1], value: unknown][] {
  const row = toReportRow(report) as Record<string, unknown>;
  return reportColumns
    .filter(([key]) => row[key] !== undefined)
    .map(([key, column]) => [column, row[key]]);
}

function csvField(value: unknown): string {
  if (value === null) return "";
  if (typeof value === "string") return `"${value.replaceAll('"', '""')}"`;
  return String(value);
}

/** PGlite runs in this thread: one COPY per chunk, from an in-memory CSV file. */
function pgliteLoader(client: PGlite): Loader {
  let began = false;
  return {
    chunkSize: 5000,
    async load(chunk) {
      const rows = chunk.map(columnValues);
      const names = rows[0]!.map(([column]) => `"${column.name}"`).join(", ");
      const csv = rows
        .map((row) =>
          row
            .map(([column, value]) =>
              csvField(value === null ? null : column.mapToDriverValue(value)),
            )
            .join(","),
        )
        .join("\n");
      if (!began) await client.exec("begin");
      began = true;
      await client.query(
        `copy "${reportsTable}" (${names}) from '/dev/blob' with (format csv)`,
        [],
        { blob: new Blob([csv, "\n"]) },
      );
    },
    async flush() {
      if (began) await client.exec("commit");
      began = false;
    },
    async runAll(statements) {
      await client.exec("set maintenance_work_mem = '256MB'");
      for (const statement of statements) await client.exec(statement);
      await client.exec("reset maintenance_work_mem");
    },
    async close() {
      if (began) await client.exec("rollback");
    },
  };
}

/**
 * PostgreSQL runs beside us on the other core: one INSERT … SELECT FROM json_populate_recordset
 * per chunk (no COPY client needed), the server storing one chunk while we draw the next, all in
 * one transaction. Index builds run two at a time, on two connections.
 */
async function postgresLoader(url: string): Promise<Loader> {
  const clients = [new pg.Client(url), new pg.Client(url)];
  for (const client of clients) {
    await client.connect();
    await client.query("set maintenance_work_mem = '1GB'");
  }
  const [loadClient] = clients as [pg.Client, pg.Client];
  await loadClient.query("begin");
  let open = true;
  // The chunk the server is storing while we draw and convert the next one.
  let storing: Promise<unknown> = Promise.resolve();
  return {
    // Small enough (about 1.3 MB of JSON) to reach the server at once, while we draw the next.
    chunkSize: 1000,
    async load(chunk) {
      const rows = chunk.map(
        (report) =>
          Object.fromEntries(
            columnValues(report).map(([column, value]) => [column.name, value]),
          ) as Record<string, unknown>,
      );
      const names = Object.keys(rows[0]!)
        .map((name) => `"${name}"`)
        .join(", ");
      const json = JSON.stringify(rows);
      await storing;
      storing = loadClient.query(
        `insert into "${reportsTable}" (${names})
         select ${names} from json_populate_recordset(null::"${reportsTable}", $1::json)`,
        [json],
      );
      storing.catch(() => {}); // reported where it is awaited
    },
    async flush() {
      await storing;
      await loadClient.query("commit");
      open = false;
    },
    async runAll(statements) {
      const queue = [...statements];
      await Promise.all(
        clients.map(async (client) => {
          for (let next = queue.shift(); next; next = queue.shift())
            await client.query(next);
        }),
      );
    },
    async close() {
      await storing.catch(() => {});
      if (open) await loadClient.query("rollback").catch(() => {});
      await Promise.all(clients.map((client) => client.end()));
    },
  };
}
