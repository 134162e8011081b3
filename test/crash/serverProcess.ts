// The real API server as a child process the crash test can SIGKILL and start again. The child is
// `node --import tsx server/main.ts` itself (no npx or tsx wrapper), so the signal reaches the
// process that holds the database, and the PID is checked against /proc and the lock file.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readFileSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../..");

const startLimitMs = 90_000;

/** The first port of 8290–8299 on 127.0.0.1 that nothing listens on. */
export async function freePort(): Promise<number> {
  for (let port = 8290; port <= 8299; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once("error", () => done(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 8290–8299 on 127.0.0.1");
}

function logTail(path: string, lines = 20): string {
  if (!existsSync(path)) return "(no server log)";
  return readFileSync(path, "utf8")
    .trimEnd()
    .split("\n")
    .slice(-lines)
    .join("\n");
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface ServerProcessOptions {
  port: number;
  env: NodeJS.ProcessEnv;
  logPath: string;
  /** PGlite's data directory, whose lock file must name the running server's PID. */
  dataDir: string | null;
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<{ code: number | null; signal: string | null }> =
    Promise.resolve({ code: null, signal: null });
  starts = 0;
  kills = 0;

  constructor(private readonly options: ServerProcessOptions) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get logTail(): string {
    return logTail(this.options.logPath);
  }

  /** Starts the server and resolves once /api/health answers ok from this very process. */
  async start(): Promise<number> {
    if (this.child) throw new Error("the server is already running");
    const log = openSync(this.options.logPath, "a");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "server/main.ts"],
      {
        cwd: repoRoot,
        env: { ...this.options.env, PORT: String(this.options.port) },
        stdio: ["ignore", log, log],
      },
    );
    closeSync(log);
    this.child = child;
    this.starts++;
    this.exited = new Promise((done) =>
      child.once("exit", (code, signal) => done({ code, signal })),
    );
    let exitedEarly: { code: number | null; signal: string | null } | null =
      null;
    void this.exited.then((how) => (exitedEarly = how));
    const pid = child.pid;
    if (pid === undefined) throw new Error("could not spawn the server");
    const deadline = Date.now() + startLimitMs;
    while (Date.now() < deadline) {
      if (exitedEarly) {
        this.child = null;
        throw new Error(
          `the server (start ${this.starts}) exited during start-up ` +
            `(${JSON.stringify(exitedEarly)}); its log ends:\n${this.logTail}`,
        );
      }
      if (await this.healthy()) {
        this.checkOwnership(pid);
        return pid;
      }
      await sleep(100);
    }
    throw new Error(
      `the server (start ${this.starts}) did not answer /api/health within ${startLimitMs / 1000} s; its log ends:\n${this.logTail}`,
    );
  }

  private async healthy(): Promise<boolean> {
    try {
      const response = await fetch(`${this.baseUrl}/api/health`, {
        signal: AbortSignal.timeout(2000),
      });
      const body = (await response.json()) as { status?: string };
      return response.ok && body.status === "ok";
    } catch {
      return false;
    }
  }

  /** The process we will SIGKILL is the server itself and the owner of the data directory. */
  private checkOwnership(pid: number): void {
    const cmdline = `/proc/${pid}/cmdline`;
    if (existsSync(cmdline)) {
      const args = readFileSync(cmdline, "utf8").split("\0");
      if (!args.includes("server/main.ts"))
        throw new Error(`PID ${pid} is not the server: ${args.join(" ")}`);
    }
    if (this.options.dataDir) {
      const lockPath = join(this.options.dataDir, "portsafe.lock");
      const owner = readFileSync(lockPath, "utf8").trim();
      if (owner !== String(pid))
        throw new Error(
          `the data directory lock names PID ${owner}, but the server is PID ${pid}`,
        );
    }
  }

  /** SIGKILL: no shutdown hooks, no lock release, whatever was in flight is cut off. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) throw new Error("the server is not running");
    child.kill("SIGKILL");
    const how = await this.exited;
    this.child = null;
    if (how.signal !== "SIGKILL")
      throw new Error(
        `the server ended with ${JSON.stringify(how)} instead of SIGKILL; its log ends:\n${this.logTail}`,
      );
    this.kills++;
  }

  /** A clean stop (SIGTERM), so the final checks can open the data directory. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill("SIGTERM");
    const how = await Promise.race([
      this.exited,
      sleep(30_000).then(() => null),
    ]);
    this.child = null;
    if (!how) {
      child.kill("SIGKILL");
      throw new Error("the server did not stop within 30 s of SIGTERM");
    }
    if (how.code !== 0)
      throw new Error(
        `the server stopped with ${JSON.stringify(how)}; its log ends:\n${this.logTail}`,
      );
  }

  /** Last resort on failure: never leave a server behind. */
  forceKill(): void {
    this.child?.kill("SIGKILL");
    this.child = null;
  }
}
