// Runs once per `vitest` run: builds one migrated, demo-seeded PGlite database and dumps it to a
// tarball. Each test file loads that snapshot (~1 s) instead of running initdb and seeding (~30 s).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { testConfig } from "../../server/config";
import { pgliteExtensions } from "../../server/db/connect";
import { prepareDatabase } from "../../server/startup";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "portsafe-test-"));
  const client = await PGlite.create({ extensions: pgliteExtensions() });
  const handle = await prepareDatabase(testConfig({ PORTSAFE_DEMO: true }), { kind: "pglite-instance", client });
  const dump = await client.dumpDataDir("none");
  await handle.close();
  const snapshotPath = join(dir, "seeded.tar");
  writeFileSync(snapshotPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteSnapshotPath", snapshotPath);
  return () => rmSync(dir, { recursive: true, force: true });
}
