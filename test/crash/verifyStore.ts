// After the last stop: opens the database the server used and checks what the crashes left —
// every report exactly once, every acknowledged answer still true, the audit chain intact, and the
// stats rollups still counting every report once.
import { sql } from "drizzle-orm";
import { verifyAuditChain } from "../../server/audit/auditVerify";
import {
  openDatabase,
  type OpenDatabaseOptions,
} from "../../server/db/connect";
import { queryRows } from "../../server/db/rawQuery";
import { verifyStatsRollups } from "../../server/stats/statsRollupsVerify";
import { externalRefFor, type Acknowledgement } from "./intakeClients";

export interface StoreFindings {
  totalReports: number;
  runReports: number;
  intakeRequests: number;
  duplicates: string[];
  missing: string[];
  /** Acknowledged to a client, then absent or changed in the database. */
  acknowledgedButWrong: string[];
  auditRows: number;
  auditProblem: string | null;
  reportsWithoutAuditRow: number;
  /** What is wrong with the stats rollups' counts, or null. */
  rollupProblem: string | null;
}

export async function inspectStore(
  database: OpenDatabaseOptions,
  prefix: string,
  reports: number,
  acknowledged: Map<number, Acknowledgement>,
): Promise<StoreFindings> {
  const handle = await openDatabase(database);
  try {
    const like = `${prefix}%`;
    const [total] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from reports`,
    );
    const rows = await queryRows<{ id: string; externalRef: string }>(
      handle.db,
      sql`select id::text as id, external_ref as "externalRef" from reports where external_ref like ${like}`,
    );
    const [requests] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from intake_requests where idempotency_key like ${like}`,
    );
    const [withoutAudit] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from reports r where r.external_ref like ${like}
          and not exists (select 1 from audit_events a
            where a.action = 'report.create' and a.entity_id = r.id::text)`,
    );

    const byRef = new Map<string, string[]>();
    for (const row of rows)
      byRef.set(row.externalRef, [
        ...(byRef.get(row.externalRef) ?? []),
        row.id,
      ]);
    const duplicates = [...byRef]
      .filter(([, ids]) => ids.length > 1)
      .map(([ref, ids]) => `${ref} ×${ids.length}`);
    const missing: string[] = [];
    const acknowledgedButWrong: string[] = [];
    for (let n = 0; n < reports; n++) {
      const ref = externalRefFor(prefix, n);
      const ids = byRef.get(ref);
      if (!ids) missing.push(ref);
      const ack = acknowledged.get(n);
      if (ack && (ack.externalRef !== ref || !ids?.includes(ack.id)))
        acknowledgedButWrong.push(
          `${ref}: acknowledged as ${ack.id} (${ack.externalRef}), stored as ${ids?.join(", ") ?? "nothing"}`,
        );
    }
    const audit = await verifyAuditChain(handle.db);
    const rollupProblem = await verifyStatsRollups(handle.db);
    return {
      totalReports: total!.n,
      runReports: rows.length,
      intakeRequests: requests!.n,
      duplicates,
      missing,
      acknowledgedButWrong,
      auditRows: audit.checked,
      auditProblem: audit.ok ? null : audit.problem,
      reportsWithoutAuditRow: withoutAudit!.n,
      rollupProblem,
    };
  } finally {
    await handle.close();
  }
}
