// End-to-end tests in Debian's Chromium against the real server on a fresh, temporary demo
// database. Playwright cannot download browsers here, so it launches /usr/bin/chromium.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.PORTSAFE_E2E_PORT ?? 8181);
// Evaluated again in each worker: the env var makes every process agree on one directory.
process.env.PORTSAFE_E2E_DATA_DIR ??= mkdtempSync(
  join(tmpdir(), "portsafe-e2e-"),
);

export default defineConfig({
  testDir: ".",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
    trace: "off",
  },
  webServer: {
    command: "node scripts/start.mjs",
    cwd: join(import.meta.dirname, "../.."),
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: process.env.PORTSAFE_E2E_DATA_DIR,
      PORTSAFE_DEMO: "1",
      LOG_LEVEL: "warn",
    },
  },
});
