// `redocly lint` of the served OpenAPI document finds no error (DESIGN.md §4, §9), with the rule
// choices of redocly.yaml; the one accepted warning is GET /api/health's lack of a 4xx.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), "portsafe-openapi-"));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

interface LintProblem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: { pointer: string }[];
}

function lint(file: string, format: "json" | "stylish") {
  return spawnSync(
    resolve("node_modules/.bin/redocly"),
    ["lint", file, "--config", resolve("redocly.yaml"), `--format=${format}`],
    {
      encoding: "utf8",
      // Loopback only: no usage report, no check for a newer version.
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
      },
      timeout: 60_000,
    },
  );
}

describe("redocly lint of /api/openapi.json", () => {
  it("finds no error, and no warning but the accepted one", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/openapi.json",
    });
    expect(response.statusCode).toBe(200);
    const file = join(dir, "openapi.json");
    writeFileSync(file, response.body);

    const run = lint(file, "json");
    // The readable report, printed only when something is wrong.
    const explain = () => {
      const readable = lint(file, "stylish");
      return `${readable.stdout}\n${readable.stderr}`;
    };
    if (run.status !== 0) console.error(explain());
    expect(run.status, "redocly lint exit status").toBe(0);
    const report = JSON.parse(run.stdout) as {
      totals: { errors: number; warnings: number };
      problems: LintProblem[];
    };
    expect(report.totals.errors).toBe(0);
    const warnings = report.problems.map(
      (p) => `${p.ruleId} ${p.location[0]?.pointer}`,
    );
    if (warnings.length !== 1) console.error(explain());
    expect(warnings).toEqual([
      "operation-4xx-response #/paths/~1api~1health/get/responses",
    ]);
  });

  it("fails on a document with a lint error (the check can fail)", () => {
    const file = join(dir, "broken.json");
    writeFileSync(
      file,
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "x", version: "1" },
        paths: { "/a": { get: { responses: { 200: { description: "ok" } } } } },
      }),
    );
    const run = lint(file, "json");
    expect(run.status).not.toBe(0);
    const report = JSON.parse(run.stdout) as { problems: LintProblem[] };
    expect(report.problems.map((p) => p.ruleId)).toEqual(
      expect.arrayContaining(["security-defined", "operation-operationId"]),
    );
  });
});
