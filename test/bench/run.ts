// `npm run bench`: seeds 100k reports on embedded PGlite and 1M on a private PostgreSQL cluster
// (Debian's postgresql, started and stopped here on 127.0.0.1), measures the budgets of
// DESIGN.md §6, prints a table and writes docs/benchmarks.md.
//   BENCH_PGLITE_REPORTS (default 100000), BENCH_PG_REPORTS (default 1000000),
//   BENCH_SKIP_PG=1 to skip PostgreSQL.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { testConfig } from "../../server/config";
import {
  openDatabase,
  pgliteExtensions,
  type DatabaseHandle,
} from "../../server/db/connect";
import { syncReferencePorts } from "../../server/routes/portsRepository";
import { seedDemoData } from "../../server/seed/demoSeed";
import { budgetKb, initialJavaScript } from "./bundleSize";
import { intakeThroughput } from "./intakeLoad";
import { markdownTable, type Timing } from "./measure";
import { measureScenarios } from "./scenarios";

interface TargetResult {
  label: string;
  reports: number;
  seedSeconds: number;
  timings: Timing[];
  intake: string;
}

async function benchTarget(
  label: string,
  handle: DatabaseHandle,
  reports: number,
  budgets: { queueMs: number; aggregateMs: number },
): Promise<TargetResult> {
  console.log(
    `\n[${label}] seeding ${reports.toLocaleString("en-GB")} reports…`,
  );
  const started = Date.now();
  await syncReferencePorts(handle.db);
  await seedDemoData(handle.db, new Date(), reports);
  await handle.db.execute(sql`vacuum analyze`);
  const seedSeconds = (Date.now() - started) / 1000;
  console.log(`[${label}] seeded in ${seedSeconds.toFixed(0)} s; measuring…`);
  const config = testConfig({
    STATIC_DIR: "/nonexistent",
    LOGIN_RATE_PER_MINUTE: 100_000,
  });
  const timings = await measureScenarios(handle, config, budgets);
  const intake = await intakeThroughput(handle, config);
  return { label, reports, seedSeconds, timings, intake };
}

async function pgliteTarget(reports: number): Promise<TargetResult> {
  const dir = mkdtempSync(join(tmpdir(), "portsafe-bench-"));
  const client = await PGlite.create(join(dir, "pglite"), {
    extensions: pgliteExtensions(),
  });
  const handle = await openDatabase({ kind: "pglite-instance", client });
  try {
    return await benchTarget("PGlite (embedded)", handle, reports, {
      queueMs: 30,
      aggregateMs: 150,
    });
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresTarget(reports: number): Promise<TargetResult> {
  const dir = mkdtempSync(join(tmpdir(), "portsafe-bench-pg-"));
  const url = execFileSync(
    "bash",
    ["scripts/pg-cluster.sh", "start", dir, "55499"],
    { encoding: "utf8" },
  ).trim();
  try {
    const handle = await openDatabase({ kind: "postgres", url });
    try {
      return await benchTarget("PostgreSQL 15 (Debian)", handle, reports, {
        queueMs: 20,
        aggregateMs: 100,
      });
    } finally {
      await handle.close();
    }
  } finally {
    execFileSync("bash", ["scripts/pg-cluster.sh", "stop", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

let bundle = "not measured: run `npm run build` first";
try {
  const { totalKb } = initialJavaScript();
  bundle = `${totalKb.toFixed(1)} kB gzip (budget ${budgetKb} kB: ${totalKb <= budgetKb ? "within" : "OVER"})`;
} catch {
  // dist/ missing: reported as not measured
}

/** Rewritten after each target, so a long PostgreSQL run never loses the PGlite figures. */
function writeReport(results: TargetResult[]): string {
  const report = [
    "# Benchmarks",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${machine()}.`,
    "Server time through `fastify.inject` (no network), one request at a time after 5 warm-up calls.",
    "",
    `**Initial JavaScript of the app:** ${bundle}.`,
    "",
    ...results.flatMap((r) => [
      `## ${r.label}: ${r.reports.toLocaleString("en-GB")} background reports (seeded in ${r.seedSeconds.toFixed(0)} s)`,
      "",
      markdownTable(r.timings),
      "",
      `**Intake throughput** (autocannon on 127.0.0.1, 10 connections, 10 s, each request a new report): ${r.intake}`,
      "",
    ]),
  ].join("\n");
  writeFileSync("docs/benchmarks.md", report + "\n");
  return report;
}

const results: TargetResult[] = [];
results.push(await pgliteTarget(Number(process.env.BENCH_PGLITE_REPORTS ?? 100_000)));
console.log(`\n${writeReport(results)}`);
if (process.env.BENCH_SKIP_PG !== "1") {
  results.push(await postgresTarget(Number(process.env.BENCH_PG_REPORTS ?? 1_000_000)));
  console.log(`\n${writeReport(results)}`);
}
console.log("written to docs/benchmarks.md");
