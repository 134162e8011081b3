// Intake keys authenticate the Crimestoppers feed, never a person: from the INTAKE_API_KEYS
// setting, from keys an admin created (only their hashes are stored), and in demo mode the
// well-known demo key.
import { createHash, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "../db/connect";
import { intakeKeys } from "../db/schema";

export const demoIntakeKey = "demo-intake-key";

export function hashIntakeKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(hashIntakeKey(a), "hex");
  const y = Buffer.from(hashIntakeKey(b), "hex");
  return timingSafeEqual(x, y);
}

export interface IntakeKeyCheck {
  configuredKeys: readonly string[];
  demo: boolean;
}

/** True when the bearer key is configured, created by an admin and not revoked, or the demo key in demo mode. */
export async function isValidIntakeKey(
  db: Queryable,
  key: string,
  check: IntakeKeyCheck,
): Promise<boolean> {
  const allowed = check.demo
    ? [...check.configuredKeys, demoIntakeKey]
    : check.configuredKeys;
  if (allowed.some((k) => sameSecret(k, key))) return true;
  const [row] = await db
    .select({ id: intakeKeys.id })
    .from(intakeKeys)
    .where(
      and(
        eq(intakeKeys.keyHash, hashIntakeKey(key)),
        isNull(intakeKeys.revokedAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}
