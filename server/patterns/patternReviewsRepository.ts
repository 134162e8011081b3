// Analysts' reviews of detected patterns, stored by pattern id with the pattern as reviewed.
import { eq, inArray } from "drizzle-orm";
import type {
  CurrentUser,
  Pattern,
  PatternReview,
  PatternReviewBody,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { patternReviews, users } from "../db/schema";

const unreviewed: PatternReview = {
  status: "new",
  note: null,
  reviewedById: null,
  reviewedByName: null,
  reviewedAt: null,
};

/** The review state of each pattern (new when nobody has reviewed it). */
export async function reviewsFor(
  db: Queryable,
  patternIds: readonly string[],
): Promise<Map<string, PatternReview>> {
  if (patternIds.length === 0) return new Map();
  const rows = await db
    .select({
      patternId: patternReviews.patternId,
      status: patternReviews.status,
      note: patternReviews.note,
      reviewedById: patternReviews.reviewedById,
      reviewedByName: users.displayName,
      reviewedAt: patternReviews.reviewedAt,
    })
    .from(patternReviews)
    .leftJoin(users, eq(users.id, patternReviews.reviewedById))
    .where(inArray(patternReviews.patternId, [...patternIds]));
  return new Map(
    rows.map((r) => [
      r.patternId,
      {
        status: r.status as PatternReview["status"],
        note: r.note,
        reviewedById: r.reviewedById,
        reviewedByName: r.reviewedByName,
        reviewedAt: r.reviewedAt.toISOString(),
      },
    ]),
  );
}

export function reviewOf(
  reviews: ReadonlyMap<string, PatternReview>,
  id: string,
): PatternReview {
  return reviews.get(id) ?? unreviewed;
}

/** Records (or replaces) the caller's review of a pattern, keeping the pattern as it was seen. */
export async function saveReview(
  db: Queryable,
  pattern: Pattern,
  body: PatternReviewBody,
  actor: CurrentUser,
  now = new Date(),
): Promise<void> {
  const row = {
    patternId: pattern.id,
    status: body.status,
    note: body.note,
    kind: pattern.kind,
    title: pattern.title,
    portIds: pattern.portIds,
    reportIds: pattern.reportIds,
    patternFrom: new Date(pattern.from),
    patternTo: new Date(pattern.to),
    reviewedById: actor.id,
    reviewedAt: now,
  };
  const { patternId: _id, ...changes } = row;
  await db
    .insert(patternReviews)
    .values(row)
    .onConflictDoUpdate({ target: patternReviews.patternId, set: changes });
}
