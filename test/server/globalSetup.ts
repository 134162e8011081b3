// Runs once per `vitest` run: builds one migrated, demo-seeded database that every test file
// copies. PGlite: a dumped data directory (~1 s to load instead of ~30 s to seed). PostgreSQL
// (TEST_DATABASE_URL set): a template database cloned per file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { testConfig } from "../../server/config";
import { pgliteExtensions } from "../../server/db/connect";
import { prepareDatabase } from "../../server/startup";
import { adminQuery, templateDatabase, urlForDatabase } from "./testDatabase";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
    postgresUrl: string;
  }
}

async function seedPostgresTemplate(url: string): Promise<void> {
  await adminQuery(
    url,
    `drop database if exists ${templateDatabase} with (force)`,
  );
  await adminQuery(url, `create database ${templateDatabase}`);
  const handle = await prepareDatabase(testConfig({ PORTSAFE_DEMO: true }), {
    kind: "postgres",
    url: urlForDatabase(url, templateDatabase),
  });
  await handle.close();
}

export default async function setup(project: TestProject) {
  // Only this file reads the environment: it decides which engine the whole run uses.
  const postgresUrl = process.env.TEST_DATABASE_URL ?? "";
  project.provide("postgresUrl", postgresUrl);
  if (postgresUrl) {
    await seedPostgresTemplate(postgresUrl);
    project.provide("pgliteSnapshotPath", "");
    return () =>
      adminQuery(
        postgresUrl,
        `drop database if exists ${templateDatabase} with (force)`,
      );
  }
  const dir = mkdtempSync(join(tmpdir(), "portsafe-test-"));
  const client = await PGlite.create({ extensions: pgliteExtensions() });
  const handle = await prepareDatabase(testConfig({ PORTSAFE_DEMO: true }), {
    kind: "pglite-instance",
    client,
  });
  const dump = await client.dumpDataDir("none");
  await handle.close();
  const snapshotPath = join(dir, "seeded.tar");
  writeFileSync(snapshotPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteSnapshotPath", snapshotPath);
  return () => rmSync(dir, { recursive: true, force: true });
}
