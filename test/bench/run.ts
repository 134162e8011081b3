// `npm run bench`: seeds 100k reports on embedded PGlite and 1M on a private PostgreSQL cluster
// (Debian's postgresql, started and stopped here on 127.0.0.1), measures the budgets of
// DESIGN.md §6, prints a table and writes docs/benchmarks.md.
//   BENCH_PGLITE_REPORTS (default 100000), BENCH_PG_REPORTS (default 1000000),
//   BENCH_SKIP_PG=1 to skip PostgreSQL.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { testConfig } from "../../server/config";
import {
  openDatabase,
  pgliteExtensions,
  type DatabaseHandle,
} from "../../server/db/connect";
import { syncReferencePorts } from "../../server/ports/portsRepository";
import { budgetKb, initialJavaScript } from "./bundleSize";
import { intakeThroughput } from "./intakeLoad";
import { markdownTable, type Timing } from "./measure";
import { measureScenarios } from "./scenarios";
import { seedBenchData, type BulkTarget, type SeedPhases } from "./seed";

interface TargetResult {
  label: string;
  reports: number;
  seed: SeedPhases;
  timings: Timing[];
  intake: string;
}

async function benchTarget(
  label: string,
  handle: DatabaseHandle,
  target: BulkTarget,
  backgroundReports: number,
  budgets: { queueMs: number; aggregateMs: number },
): Promise<TargetResult> {
  console.log(
    `\n[${label}] seeding ${backgroundReports.toLocaleString("en-GB")} background reports and the campaigns'…`,
  );
  await syncReferencePorts(handle.db);
  const { reports, phases: seed } = await seedBenchData(
    handle.db,
    target,
    new Date(),
    backgroundReports,
  );
  console.log(`[${label}] seeded in ${seedSummary(seed)}; measuring…`);
  const config = testConfig({
    STATIC_DIR: "/nonexistent",
    LOGIN_RATE_PER_MINUTE: 100_000,
  });
  const timings = await measureScenarios(handle, config, budgets);
  const intake = await intakeThroughput(handle, config);
  return { label, reports, seed, timings, intake };
}

function seedSummary(seed: SeedPhases): string {
  const s = (seconds: number) => `${seconds.toFixed(0)} s`;
  return `${s(seed.total)}: drawing the dataset ${s(seed.plan)}, loading ${s(seed.load)} (drawing again and converting ${s(seed.draw)} of it), indexes and stats rollups ${s(seed.indexes)}, vacuum analyze ${s(seed.vacuumAnalyze)}`;
}

async function pgliteTarget(reports: number): Promise<TargetResult> {
  const dir = mkdtempSync(join(tmpdir(), "portsafe-bench-"));
  const client = await PGlite.create(join(dir, "pglite"), {
    extensions: pgliteExtensions(),
  });
  const handle = await openDatabase({ kind: "pglite-instance", client });
  try {
    return await benchTarget(
      "PGlite (embedded)",
      handle,
      { kind: "pglite", client },
      reports,
      { queueMs: 30, aggregateMs: 150 },
    );
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
      return await benchTarget(
        "PostgreSQL 15 (Debian)",
        handle,
        { kind: "postgres", url },
        reports,
        { queueMs: 20, aggregateMs: 100 },
      );
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

/** Other work on the machine skews every figure: say how busy it was when the report was written. */
function machineLoad(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(1));
  return `load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min) on ${cpus().length} cores when written`;
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
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${machine()}; ${machineLoad()}.`,
    "Server time through `fastify.inject` (no network), one request at a time after 5 warm-up calls.",
    "",
    `**Initial JavaScript of the app:** ${bundle}.`,
    "",
    ...results.flatMap((r) => [
      `## ${r.label}: ${r.reports.toLocaleString("en-GB")} reports`,
      "",
      `Seeded from the demo generator in ${seedSummary(r.seed)}.`,
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
results.push(
  await pgliteTarget(Number(process.env.BENCH_PGLITE_REPORTS ?? 100_000)),
);
console.log(`\n${writeReport(results)}`);
if (process.env.BENCH_SKIP_PG !== "1") {
  results.push(
    await postgresTarget(Number(process.env.BENCH_PG_REPORTS ?? 1_000_000)),
  );
  console.log(`\n${writeReport(results)}`);
}
console.log("written to docs/benchmarks.md");
