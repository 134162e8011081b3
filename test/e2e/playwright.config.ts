// End-to-end tests in Debian's Chromium against the real server on fresh, temporary databases:
// one in demo mode (demo users, no second factor) for most journeys, and one outside demo mode,
// with a single account made by `user:add`, for the second-factor journey (mfa.spec.ts).
// Playwright cannot download browsers here, so it launches /usr/bin/chromium.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { mfaAccount } from "./mfaAccount";

const port = Number(process.env.PORTSAFE_E2E_PORT ?? 8181);
const mfaPort = port + 1;
// Evaluated again in each worker: the env vars make every process agree on the directories.
process.env.PORTSAFE_E2E_DATA_DIR ??= mkdtempSync(
  join(tmpdir(), "portsafe-e2e-"),
);
process.env.PORTSAFE_E2E_MFA_DATA_DIR ??= mkdtempSync(
  join(tmpdir(), "portsafe-e2e-mfa-"),
);
const root = join(import.meta.dirname, "../..");

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
  projects: [
    { name: "demo", testIgnore: /mfa\.spec\.ts/ },
    {
      name: "second factor",
      testMatch: /mfa\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${mfaPort}` },
    },
  ],
  webServer: [
    {
      command: "node scripts/start.mjs",
      cwd: root,
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
    {
      // Outside demo mode nothing is seeded: make the account, then start the server.
      command: `printf '%s\\n' '${mfaAccount.password}' | node --import tsx server/cli/addUser.ts --username ${mfaAccount.username} --role desk --display-name 'PC E2E' && node scripts/start.mjs`,
      cwd: root,
      url: `http://127.0.0.1:${mfaPort}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(mfaPort),
        HOST: "127.0.0.1",
        DATA_DIR: process.env.PORTSAFE_E2E_MFA_DATA_DIR,
        PORTSAFE_DEMO: "0",
        LOG_LEVEL: "warn",
      },
    },
  ],
});
