// `npm start` stops on SIGTERM and SIGINT with nothing left running (issue #13 point 6): the real
// command, on a temporary data directory, a free port and a stub page (so nothing is built and
// no demo data is seeded). Only the processes this test starts are ever signalled.
import { spawn, type ChildProcess } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const started: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  // A failed test must not leave its server behind: kill what is still running (ours only).
  for (const child of started.splice(0))
    if (child.pid && isRunning(child.pid)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0))
    rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === "object" && address ? address.port : 0),
      );
    });
  });
}

/** Running, and not a zombie waiting for a parent (PID 1 in a container may never reap it). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** The pid and every descendant of it that is running now. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirProc()) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), entry]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++)
    tree.push(...(children.get(tree[i]!) ?? []));
  return tree.filter(isRunning);
}

function readdirProc(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), "portsafe-start-"));
  dirs.push(dir);
  const staticDir = join(dir, "static");
  mkdirSync(staticDir);
  writeFileSync(
    join(staticDir, "index.html"),
    "<!doctype html><title>stub</title>",
  );
  const port = await freePort();
  // The embedded database, whatever this run's environment says.
  const { DATABASE_URL: _postgres, ...env } = process.env;
  const npm = spawn("npm", ["start"], {
    cwd: process.cwd(),
    env: {
      ...env,
      DATA_DIR: join(dir, "data"),
      STATIC_DIR: staticDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      PORTSAFE_DEMO: "0",
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(npm);
  let output = "";
  let exitCode: number | null | undefined;
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    npm.on("exit", (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  return {
    npm,
    port,
    exited,
    output: () => output,
    hasExited: () => exitCode !== undefined,
  };
}

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    return response.ok;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`stops on ${signal} with nothing left running`, async () => {
      const server = await startServer();
      await waitFor(
        async () => {
          if (server.hasExited()) throw new Error("npm start exited");
          return healthy(server.port);
        },
        60_000,
        "/api/health",
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${server.output()}`);
      });
      const tree = processTree(server.npm.pid!);
      // npm, (maybe a shell), scripts/start.mjs and server/main.ts.
      expect(tree.length).toBeGreaterThanOrEqual(3);
      server.npm.kill(signal);
      await waitFor(
        () => tree.every((pid) => !isRunning(pid)),
        10_000,
        `every process to exit (${tree.filter(isRunning).join(", ")} still running)`,
      );
      expect(await server.exited).toBe(0);
      expect(await healthy(server.port)).toBe(false);
      expect(server.output()).toContain(`${signal} received`);
    }, 90_000);
  }

  it("stops on SIGTERM during start-up too, closing the database", async () => {
    const server = await startServer();
    // As soon as the server process exists, before it listens.
    await waitFor(
      () =>
        processTree(server.npm.pid!).some((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(
              "server/main.ts",
            );
          } catch {
            return false;
          }
        }),
      30_000,
      "server/main.ts to start",
    );
    const tree = processTree(server.npm.pid!);
    server.npm.kill("SIGTERM");
    await waitFor(
      () => tree.every((pid) => !isRunning(pid)),
      15_000,
      "every process to exit",
    );
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("SIGTERM received");
    expect(server.output()).not.toContain("failed to start");
  }, 90_000);
});
