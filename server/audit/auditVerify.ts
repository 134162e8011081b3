// Walks the audit chain from the first row, recomputing every hash.
import { asc, gt } from "drizzle-orm";
import { auditRowHash, genesisHash } from "./auditChain";
import type { Queryable } from "../db/connect";
import { auditEvents } from "../db/schema";

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; badId: number; problem: string };

const batchSize = 1000;

export async function verifyAuditChain(
  db: Queryable,
): Promise<AuditVerification> {
  let prevHash = genesisHash;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          badId: row.id,
          problem: `row ${row.id} does not follow the row before it: a row was removed or inserted`,
        };
      }
      const { prevHash: _p, hash, ...fields } = row;
      if (auditRowHash(prevHash, fields) !== hash) {
        return {
          ok: false,
          checked,
          badId: row.id,
          problem: `row ${row.id} was changed after it was written`,
        };
      }
      prevHash = hash;
      lastId = row.id;
      checked++;
    }
  }
}
