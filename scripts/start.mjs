// `npm start`: builds the app when the build is missing or older than its sources, then runs
// the API server (which also serves the built app) on the embedded database with demo data.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

const builtIndex = "dist/index.html";
const sources = [
  "src",
  "index.html",
  "vite.config.ts",
  "public",
  "package-lock.json",
];
const stale =
  !existsSync(builtIndex) ||
  sources.some(
    (s) => existsSync(s) && newestMtime(s) > statSync(builtIndex).mtimeMs,
  );
if (stale) {
  console.log("[portsafe] building the app…");
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
