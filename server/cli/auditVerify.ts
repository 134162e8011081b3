// `npm run audit:verify`: checks the audit log's hash chain; exits 1 when it finds tampering.
// Stop the server first when using PGlite (one process per data directory).
import { loadConfig } from "../config";
import { openDatabase } from "../db/connect";
import { databaseOptions } from "../startup";
import { verifyAuditChain } from "../audit/auditVerify";

const handle = await openDatabase(databaseOptions(loadConfig()));
try {
  const result = await verifyAuditChain(handle.db);
  if (result.ok) {
    console.log(`audit:verify: the chain of ${result.checked} rows is intact.`);
  } else {
    console.error(
      `audit:verify: TAMPERING DETECTED — ${result.problem} (${result.checked} rows before it are intact).`,
    );
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
