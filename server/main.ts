// `npm start` / `npm run serve`: read settings, open the database, listen; shut down cleanly.
//
// SIGINT and SIGTERM are handled from the first line, not once the server is up: a signal during
// start-up (opening or migrating the database, building the app) lets that step finish, then
// closes whatever is open, database included, and exits, instead of killing the process with the
// embedded database half-written. Repeated signals (a terminal's Ctrl-C reaches both
// scripts/start.mjs and this process, and start.mjs forwards it too) do not interrupt the closing.
// Only types are imported statically: the modules (Fastify, the database drivers) load after the
// handlers are in place, since static imports would all be evaluated before the first line here.
import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "./db/connect";

const log = (message: string) => console.log(`[portsafe] ${message}`);

let handle: DatabaseHandle | undefined;
let app: FastifyInstance | undefined;
/** The signal that asked us to stop, once one has. */
let stopSignal: string | null = null;
/** Whether start-up is still running (it checks stopSignal after each step). */
let starting = true;
let closing: Promise<void> | null = null;

function close(): Promise<void> {
  closing ??= (async () => {
    let code = 0;
    try {
      await app?.close();
    } catch (error) {
      code = 1;
      console.error("[portsafe] closing the server failed:", error);
    }
    try {
      await handle?.close();
    } catch (error) {
      code = 1;
      console.error("[portsafe] closing the database failed:", error);
    }
    process.exit(code);
  })();
  return closing;
}

function onSignal(signal: NodeJS.Signals): void {
  if (stopSignal) return;
  stopSignal = signal;
  log(
    starting
      ? `${signal} received during start-up: closing once the current step is done`
      : `${signal} received: closing`,
  );
  if (!starting) void close();
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
// Started by scripts/start.mjs: tell it signals are safe now, and stop if it goes away.
if (process.send) {
  process.send("portsafe:signals-ready");
  process.on("disconnect", () => onSignal("SIGTERM"));
  process.channel?.unref();
}

async function main(): Promise<void> {
  const { loadConfig } = await import("./config");
  const { prepareDatabase, startApp } = await import("./startup");
  const { demoPassword } = await import("./seed/demoSeed");
  const config = loadConfig();
  handle = await prepareDatabase(config, undefined, log);
  if (stopSignal) return close();
  app = await startApp(config, handle);
  if (stopSignal) return close();
  await app.listen({ port: config.PORT, host: config.HOST });
  starting = false;
  if (stopSignal) return close();
  const where = config.DATABASE_URL
    ? "PostgreSQL"
    : `embedded PGlite in ${config.DATA_DIR}`;
  log(
    `PortSafe Desk on http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT} (database: ${where})`,
  );
  if (config.PORTSAFE_DEMO)
    log(
      `Demo mode: sign in as desk (or desk2–desk4), analyst, manager, admin or admin2 with password ${demoPassword}`,
    );
}

main().catch(async (error: unknown) => {
  const { DataDirLockedError } = await import("./db/lockFile");
  if (
    error instanceof DataDirLockedError ||
    (error instanceof Error &&
      error.message.startsWith("Invalid configuration"))
  ) {
    console.error(`[portsafe] ${error.message}`);
  } else {
    console.error(
      "[portsafe] failed to start:",
      error instanceof Error ? error.message : error,
    );
  }
  // prepareDatabase closes the database itself when it fails; a later step leaves it to us.
  try {
    await app?.close();
    await handle?.close();
  } finally {
    process.exit(1);
  }
});
