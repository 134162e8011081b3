// `npm start` / `npm run serve`: read settings, open the database, listen; shut down cleanly.
import { loadConfig } from "./config";
import { DataDirLockedError } from "./db/lockFile";
import { prepareDatabase, startApp } from "./startup";
import { demoPassword } from "./seed/demoSeed";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (message: string) => console.log(`[portsafe] ${message}`);
  const handle = await prepareDatabase(config, undefined, log);
  const app = await startApp(config, handle);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: closing`);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  await app.listen({ port: config.PORT, host: config.HOST });
  const where = config.DATABASE_URL
    ? "PostgreSQL"
    : `embedded PGlite in ${config.DATA_DIR}`;
  log(
    `PortSafe Desk on http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT} (database: ${where})`,
  );
  if (config.PORTSAFE_DEMO)
    log(
      `Demo mode: sign in as desk, analyst, manager or admin with password ${demoPassword}`,
    );
}

main().catch((error: unknown) => {
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
  process.exit(1);
});
