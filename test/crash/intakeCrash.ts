// `npm run test:crash`: 1,000 intake reports from 8 retrying clients while the real server is
// killed with SIGKILL at random moments at least 10 times and started again each time; then
// exactly 1,000 reports must exist — none lost, none duplicated — the audit chain must verify and the
// stats rollups must still equal a fresh count of the reports.
//   default: embedded PGlite in a fresh temporary DATA_DIR
//   `npm run test:crash -- --postgres`: a private PostgreSQL cluster on 127.0.0.1:55510
//   DATABASE_URL=postgres://…: that database (only this run's reports are counted)
//   CRASH_TIME_LIMIT_S (default 600): the run fails when it takes longer.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenDatabaseOptions } from "../../server/db/connect";
import { sendReports, type IntakeRun } from "./intakeClients";
import { freePort, repoRoot, ServerProcess } from "./serverProcess";
import { inspectStore, type StoreFindings } from "./verifyStore";

const reportCount = 1000;
const clientCount = 8;
const killCount = 12;
const minimumKills = 10;
const pgPort = 55510;
const timeLimitS = Number(process.env.CRASH_TIME_LIMIT_S ?? 600);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Target {
  label: string;
  database: OpenDatabaseOptions;
  env: NodeJS.ProcessEnv;
  dataDir: string | null;
  /** The database held nothing before this run, so the total must be exact too. */
  fresh: boolean;
  cleanUp(): void;
}

function chooseTarget(workDir: string): Target {
  const url = process.env.DATABASE_URL;
  if (url)
    return {
      label: "PostgreSQL (DATABASE_URL)",
      database: { kind: "postgres", url },
      env: { DATABASE_URL: url },
      dataDir: null,
      fresh: false,
      cleanUp: () => {},
    };
  if (process.argv.includes("--postgres")) {
    // Its own directory (as in scripts/test-postgres.sh): the cluster runs as `postgres` when we are root.
    const clusterDir = mkdtempSync(join(tmpdir(), "portsafe-crash-pg-"));
    const stopCluster = () => {
      try {
        execFileSync("bash", ["scripts/pg-cluster.sh", "stop", clusterDir], {
          cwd: repoRoot,
          stdio: "ignore",
        });
      } catch {
        // Not running (it never started): nothing to stop.
      }
      rmSync(clusterDir, { recursive: true, force: true });
    };
    let clusterUrl: string;
    try {
      clusterUrl = execFileSync(
        "bash",
        ["scripts/pg-cluster.sh", "start", clusterDir, String(pgPort)],
        { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      ).trim();
    } catch (error) {
      stopCluster();
      throw new Error(
        `could not start PostgreSQL on port ${pgPort}: ${(error as { stderr?: string }).stderr ?? error}`,
      );
    }
    return {
      label: `PostgreSQL (private cluster on port ${pgPort})`,
      database: { kind: "postgres", url: clusterUrl },
      env: { DATABASE_URL: clusterUrl },
      dataDir: null,
      fresh: true,
      cleanUp: stopCluster,
    };
  }
  const dataDir = join(workDir, "data");
  return {
    label: "PGlite",
    database: { kind: "pglite", dataDir },
    env: { DATA_DIR: dataDir },
    dataDir,
    fresh: true,
    cleanUp: () => {},
  };
}

/** Report counts (of those acknowledged so far) at which the server is killed: spread, random. */
function killPoints(): number[] {
  const points = new Set<number>();
  while (points.size < killCount)
    points.add(30 + Math.floor(Math.random() * (reportCount * 0.85 - 30)));
  return [...points].sort((a, b) => a - b);
}

function problemsWith(
  target: Target,
  kills: number,
  acknowledgedCount: number,
  refused: string[],
  store: StoreFindings,
): string[] {
  const problems: string[] = [];
  const some = (list: string[]) =>
    list.slice(0, 5).join("; ") + (list.length > 5 ? "; …" : "");
  if (kills < minimumKills)
    problems.push(
      `only ${kills} kills happened before the reports were done (at least ${minimumKills} needed)`,
    );
  if (refused.length > 0)
    problems.push(
      `the server refused ${refused.length} reports or retries: ${some(refused)}`,
    );
  if (acknowledgedCount !== reportCount)
    problems.push(
      `${acknowledgedCount} of ${reportCount} reports were acknowledged`,
    );
  if (store.runReports !== reportCount)
    problems.push(
      `${store.runReports} reports of this run are stored, expected exactly ${reportCount}`,
    );
  if (target.fresh && store.totalReports !== reportCount)
    problems.push(
      `the database holds ${store.totalReports} reports, expected exactly ${reportCount}`,
    );
  if (store.duplicates.length > 0)
    problems.push(
      `${store.duplicates.length} duplicated externalRefs: ${some(store.duplicates)}`,
    );
  if (store.missing.length > 0)
    problems.push(
      `${store.missing.length} reports lost: ${some(store.missing)}`,
    );
  if (store.acknowledgedButWrong.length > 0)
    problems.push(
      `${store.acknowledgedButWrong.length} acknowledged reports are not stored as acknowledged: ${some(store.acknowledgedButWrong)}`,
    );
  if (store.intakeRequests !== reportCount)
    problems.push(
      `${store.intakeRequests} idempotency records, expected ${reportCount}`,
    );
  if (store.auditProblem)
    problems.push(`the audit chain is broken: ${store.auditProblem}`);
  if (store.reportsWithoutAuditRow > 0)
    problems.push(
      `${store.reportsWithoutAuditRow} reports have no report.create audit row (a report and its audit row must commit together)`,
    );
  if (store.rollupProblem)
    problems.push(`the stats rollups are wrong: ${store.rollupProblem}`);
  return problems;
}

/** Sends every report while the killer SIGKILLs and restarts the server, then inspects the store. */
async function crashWhileSending(
  server: ServerProcess,
  target: Target,
  intakeKey: string,
  prefix: string,
): Promise<{ run: IntakeRun; store: StoreFindings }> {
  await server.start();
  const stopClients = new AbortController();
  let acknowledgedCount = 0;
  let sending = true;
  const killer = async () => {
    for (const point of killPoints()) {
      while (sending && acknowledgedCount < point) await sleep(5);
      if (!sending) return;
      await sleep(Math.random() * 100);
      await server.kill();
      await server.start();
    }
  };
  // A server that cannot come back would leave the clients retrying until the time limit.
  let killerFailure: unknown = null;
  const killing = killer().catch((error: unknown) => {
    killerFailure = error;
    stopClients.abort();
  });
  const run = await sendReports(
    {
      baseUrl: server.baseUrl,
      intakeKey,
      prefix,
      reports: reportCount,
      clients: clientCount,
      signal: stopClients.signal,
    },
    () => acknowledgedCount++,
  );
  sending = false;
  await killing;
  if (killerFailure) throw killerFailure;
  await server.stop();
  const store = await inspectStore(
    target.database,
    prefix,
    reportCount,
    run.acknowledged,
  );
  return { run, store };
}

function summary(
  server: ServerProcess,
  { stats, acknowledged }: IntakeRun,
  store: StoreFindings,
  seconds: number,
): string {
  return [
    `  sent: ${reportCount} reports, ${acknowledged.size} acknowledged, ${stats.attempts} requests`,
    `  kills: ${server.kills} (SIGKILL), restarts: ${server.starts - 1}`,
    `  retries: ${stats.retries} (${stats.connectionErrors} connection errors, ${stats.timeouts} timeouts, ${stats.serverErrors} 5xx/429); ${stats.replayed} answered as replays`,
    `  final count: ${store.runReports} reports of this run (${store.totalReports} in the database), ${store.intakeRequests} idempotency records`,
    `  duplicates by externalRef: ${store.duplicates.length}; lost: ${store.missing.length}; acknowledged but not stored: ${store.acknowledgedButWrong.length}`,
    `  audit chain: ${store.auditProblem ? "BROKEN" : "intact"} (${store.auditRows} rows)`,
    `  stats rollups: ${store.rollupProblem ? "WRONG" : "equal to a fresh count of the reports"}`,
    `  duration: ${seconds.toFixed(1)} s (since the test process started)`,
  ].join("\n");
}

async function main(): Promise<number> {
  const workDir = mkdtempSync(join(tmpdir(), "portsafe-crash-"));
  let target: Target | null = null;
  let server: ServerProcess | null = null;
  let passed = false;
  const cleanUp = () => {
    server?.forceKill();
    target?.cleanUp();
    if (passed) rmSync(workDir, { recursive: true, force: true });
  };
  const limit = setTimeout(() => {
    console.error(
      `test:crash: FAILED — the run took longer than its limit of ${timeLimitS} s (work directory kept: ${workDir}); server log ends:\n${server?.logTail}`,
    );
    cleanUp();
    process.exit(1);
  }, timeLimitS * 1000);
  limit.unref();

  try {
    target = chooseTarget(workDir);
    const intakeKey = `crash-test-${randomBytes(12).toString("hex")}`;
    const prefix = `CRASH-${randomBytes(4).toString("hex")}-`;
    server = new ServerProcess({
      port: await freePort(),
      logPath: join(workDir, "server.log"),
      dataDir: target.dataDir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        HOST: "127.0.0.1",
        PORTSAFE_DEMO: "false",
        INTAKE_API_KEYS: intakeKey,
        LOG_LEVEL: "warn",
        STATIC_DIR: join(workDir, "no-static"),
        ...target.env,
      },
    });
    console.log(
      `test:crash: ${reportCount} reports, ${clientCount} clients, ${killCount} SIGKILLs on ${target.label}`,
    );
    const { run, store } = await crashWhileSending(
      server,
      target,
      intakeKey,
      prefix,
    );
    console.log(summary(server, run, store, performance.now() / 1000));
    const problems = problemsWith(
      target,
      server.kills,
      run.acknowledged.size,
      run.stats.refused,
      store,
    );
    if (problems.length > 0) {
      console.error(
        `test:crash: FAILED (work directory kept: ${workDir})\n${problems.map((p) => `  - ${p}`).join("\n")}`,
      );
      return 1;
    }
    console.log("test:crash: passed");
    passed = true;
    return 0;
  } catch (error) {
    console.error(
      `test:crash: FAILED — ${error instanceof Error ? error.message : String(error)} (work directory kept: ${workDir})`,
    );
    return 1;
  } finally {
    clearTimeout(limit);
    cleanUp();
  }
}

process.exitCode = await main();
