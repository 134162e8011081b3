// The audit log's hash chain: each row's hash covers the previous row's hash and the row's own
// content, so a changed, inserted or removed row breaks every hash after it.
import { createHash } from "node:crypto";

export const genesisHash = "0".repeat(64);

export interface ChainedAuditFields {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: unknown;
  ip: string | null;
}

/** JSON with sorted keys at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

export function auditRowHash(
  prevHash: string,
  row: ChainedAuditFields,
): string {
  const content = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHash("sha256")
    .update(prevHash)
    .update("\n")
    .update(content)
    .digest("hex");
}
