// The PSeMS framework as data: steps, elements and review cycle, seeded by the migration with the
// defaults in src/domain/psems.ts and changed only as a whole, by an admin, with If-Match.
import { asc, eq, sql } from "drizzle-orm";
import {
  defaultReviewCycleYears,
  type PsemsFramework,
  type PsemsFrameworkUpdate,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { psemsElements, psemsFramework, psemsSteps } from "../db/schema";
import { problem } from "../http/problems";

export async function getReviewCycleYears(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ years: psemsFramework.reviewCycleYears })
    .from(psemsFramework)
    .limit(1);
  return row?.years ?? defaultReviewCycleYears;
}

export async function getElementKeys(db: Queryable): Promise<string[]> {
  const rows = await db
    .select({ key: psemsElements.key })
    .from(psemsElements)
    .orderBy(asc(psemsElements.position));
  return rows.map((row) => row.key);
}

export async function getPsemsFramework(
  db: Queryable,
): Promise<PsemsFramework> {
  const [[settings], steps, elements] = await Promise.all([
    db.select().from(psemsFramework).limit(1),
    db.select().from(psemsSteps).orderBy(asc(psemsSteps.number)),
    db
      .select({ key: psemsElements.key, name: psemsElements.name })
      .from(psemsElements)
      .orderBy(asc(psemsElements.position)),
  ]);
  return {
    steps,
    elements,
    reviewCycleYears: settings?.reviewCycleYears ?? defaultReviewCycleYears,
    version: settings?.version ?? 1,
    updatedAt: (settings?.updatedAt ?? new Date(0)).toISOString(),
  };
}

/** How many assessments score each of these element keys. */
async function scoredElementCounts(
  db: Queryable,
  keys: string[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await queryRows<{ key: string; n: number }>(
    db,
    sql`select key, count(*)::int as n from assessments, jsonb_object_keys(scores) as key where key in ${keys} group by key`,
  );
  return new Map(rows.map((row) => [row.key, row.n]));
}

/**
 * Replaces the framework if it is still at `expectedVersion`. An element that assessments have
 * scored cannot be removed (their scores would lose their meaning); it can be renamed.
 */
export async function replacePsemsFramework(
  db: Queryable,
  expectedVersion: number,
  next: PsemsFrameworkUpdate,
  now = new Date(),
): Promise<PsemsFramework> {
  return db.transaction(async (tx) => {
    const [settings] = await tx
      .select()
      .from(psemsFramework)
      .where(eq(psemsFramework.id, 1))
      .for("update");
    const current = await getPsemsFramework(tx);
    if ((settings?.version ?? 1) !== expectedVersion) {
      throw problem(
        409,
        "conflict",
        `Someone else changed the PSeMS framework after you opened it (you had version ${expectedVersion}, it is now ${current.version}). Review their change, then apply yours again.`,
        { current },
      );
    }
    const keptKeys = new Set(next.elements.map((element) => element.key));
    const removed = current.elements
      .map((element) => element.key)
      .filter((key) => !keptKeys.has(key));
    const inUse = [...(await scoredElementCounts(tx, removed))];
    if (inUse.length > 0) {
      const errors = inUse.map(([key, n]) => ({
        field: "elements",
        message: `${key} is scored in ${n} assessment${n === 1 ? "" : "s"} and cannot be removed; keep its key (you may rename it)`,
      }));
      throw problem(
        400,
        "validation",
        errors.map((e) => e.message).join("; "),
        { errors },
      );
    }
    await tx.delete(psemsSteps);
    await tx
      .insert(psemsSteps)
      .values([...next.steps].sort((a, b) => a.number - b.number));
    await tx.delete(psemsElements);
    await tx
      .insert(psemsElements)
      .values(
        next.elements.map((element, position) => ({ ...element, position })),
      );
    await tx
      .insert(psemsFramework)
      .values({
        id: 1,
        reviewCycleYears: next.reviewCycleYears,
        version: 2,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: psemsFramework.id,
        set: {
          reviewCycleYears: next.reviewCycleYears,
          version: sql`${psemsFramework.version} + 1`,
          updatedAt: now,
        },
      });
    return getPsemsFramework(tx);
  });
}
