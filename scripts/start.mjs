// `npm start`: builds the app when the build is missing or older than its sources, then runs
// the API server (which also serves the built app) on the embedded database with demo data.
//
// The build is only for the default dist/: with STATIC_DIR pointing elsewhere (a build made
// elsewhere, a test's stub page) the app there is served as it is, and PORTSAFE_SKIP_BUILD=1 skips
// the staleness check altogether.
//
// Stopping: SIGINT and SIGTERM are forwarded to the build or the server, whichever is running,
// and this process waits for it and exits with its code; a server that has not exited 20 s after
// the signal is killed. npm passes SIGINT/SIGTERM to its child only, and a `sh -c` between them
// dies (SIGTERM) or waits (SIGINT) without passing them on, so package.json's start script
// `exec`s this file; should this process still be orphaned (npm killed), it stops as on SIGTERM.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

const forceKillAfterMs = 20_000;
let child = null;
/** Whether the child can take a signal: the build at once, the server once it says so. */
let childListens = false;
let stopSignal = null;

function onSignal(signal) {
  if (!child) process.exit(130);
  if (stopSignal) return;
  stopSignal = signal;
  if (childListens) child.kill(signal);
  setTimeout(() => {
    console.error("[portsafe] the server did not stop in time; killing it");
    child?.kill("SIGKILL");
  }, forceKillAfterMs).unref();
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, onSignal);
// Orphaned (npm or the shell gone without passing the signal on): stop as on SIGTERM.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) onSignal("SIGTERM");
}, 500).unref();

/**
 * Runs a command with this process's output; resolves with its exit code. The server reports over
 * IPC once its signal handlers are in place (loading tsx and the modules takes seconds, and a
 * signal before then would kill it with the database half-open); a signal that came earlier is
 * passed on then.
 */
function run(command, args, { reportsReady = false } = {}) {
  childListens = !reportsReady;
  child = spawn(command, args, {
    stdio: reportsReady ? ["inherit", "inherit", "inherit", "ipc"] : "inherit",
  });
  child.on("message", (message) => {
    if (message !== "portsafe:signals-ready" || childListens) return;
    childListens = true;
    if (stopSignal) child.kill(stopSignal);
  });
  return new Promise((done) =>
    child.on("exit", (code, signal) => {
      child = null;
      done(code ?? (signal ? 1 : 0));
    }),
  );
}

function needsBuild() {
  if (process.env.PORTSAFE_SKIP_BUILD === "1") return false;
  const staticDir = process.env.STATIC_DIR || "dist";
  if (resolve(staticDir) !== resolve("dist")) return false;
  const builtIndex = "dist/index.html";
  const sources = [
    "src",
    "index.html",
    "vite.config.ts",
    "public",
    "package-lock.json",
  ];
  return (
    !existsSync(builtIndex) ||
    sources.some(
      (s) => existsSync(s) && newestMtime(s) > statSync(builtIndex).mtimeMs,
    )
  );
}

if (needsBuild()) {
  console.log("[portsafe] building the app…");
  const status = await run("npx", ["vite", "build", "--logLevel", "warn"]);
  if (status !== 0 || stopSignal) process.exit(status || 1);
}

process.exit(
  await run(process.execPath, ["--import", "tsx", "server/main.ts"], {
    reportsReady: true,
  }),
);
