// `npm test`: typecheck, lint, formatting, then every vitest project; ends with one plain line
// "N passed, N failed" (typecheck, lint and formatting count as one check each).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let passed = 0;
let failed = 0;

function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status === 0) passed++;
  else failed++;
  return result.status === 0;
}

check("typecheck", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
check("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
check("format", "npx", ["prettier", "--check", "."]);

const dir = mkdtempSync(join(tmpdir(), "portsafe-vitest-"));
const report = join(dir, "results.json");
console.log("\n▶ vitest");
const vitest = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: "inherit",
  },
);
try {
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no tests to count: make sure it still fails the run.
  if (vitest.status !== 0 && results.numFailedTests === 0) failed++;
} catch {
  failed++;
}
rmSync(dir, { recursive: true, force: true });

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
