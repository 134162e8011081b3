// The contract of cross-port patterns: what the detector returns, how the API lists them with
// their review state, and the analyst's review command.
import { z } from "zod";
import { ReportCategorySchema } from "../enums";

const isoDateTime = z.iso.datetime({ offset: true });

export const patternKinds = [
  "category_rise",
  "shared_entity",
  "space_time_cluster",
] as const;
export const PatternKindSchema = z.enum(patternKinds);
export type PatternKind = z.infer<typeof PatternKindSchema>;

export const patternKindLabels: Record<PatternKind, string> = {
  category_rise: "Category rising at several ports",
  shared_entity: "Same name at several ports",
  space_time_cluster: "Cluster in space and time",
};

export const PatternSchema = z
  .object({
    /** Hash of kind, key and report ids: the same evidence always has the same id. */
    id: z.string().regex(/^[0-9a-f]{16}$/),
    kind: PatternKindSchema,
    title: z.string(),
    /** One sentence saying why this stands out, with the observed and expected counts. */
    why: z.string(),
    category: ReportCategorySchema.nullable(),
    /** The shared vessel, company or vehicle registration (shared_entity only). */
    entity: z.string().nullable(),
    portIds: z.array(z.string()),
    reportIds: z.array(z.uuid()),
    from: isoDateTime,
    to: isoDateTime,
    /** −log10 of the chance of so many reports by chance at the usual rate: 3 means 1 in 1,000. */
    score: z.number(),
  })
  .meta({ id: "Pattern" });
export type Pattern = z.infer<typeof PatternSchema>;

export const patternReviewStatuses = ["new", "reviewed", "dismissed"] as const;
export const PatternReviewStatusSchema = z.enum(patternReviewStatuses);
export type PatternReviewStatus = z.infer<typeof PatternReviewStatusSchema>;

export const PatternReviewSchema = z
  .object({
    status: PatternReviewStatusSchema,
    note: z.string().nullable(),
    reviewedById: z.uuid().nullable(),
    reviewedByName: z.string().nullable(),
    reviewedAt: isoDateTime.nullable(),
  })
  .meta({ id: "PatternReview" });
export type PatternReview = z.infer<typeof PatternReviewSchema>;

export const ReviewedPatternSchema = PatternSchema.extend({
  review: PatternReviewSchema,
}).meta({ id: "ReviewedPattern" });
export type ReviewedPattern = z.infer<typeof ReviewedPatternSchema>;

/** The longest window the detector runs over in one request: three years plus a little. */
export const maxPatternWindowDays = 1100;

export const PatternListQuerySchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    kind: PatternKindSchema.optional(),
    status: PatternReviewStatusSchema.optional(),
  })
  .strict()
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    message: "from must be before to",
    path: ["from"],
  })
  .refine(
    (q) =>
      Date.parse(q.to) - Date.parse(q.from) <=
      maxPatternWindowDays * 86_400_000,
    {
      message: `the window may span at most ${maxPatternWindowDays} days; narrow it`,
      path: ["to"],
    },
  );
export type PatternListQuery = z.infer<typeof PatternListQuerySchema>;

export const PatternListResponseSchema = z
  .object({
    data: z.array(ReviewedPatternSchema),
    total: z.number().int().min(0),
    from: isoDateTime,
    to: isoDateTime,
  })
  .meta({ id: "PatternList" });
export type PatternListResponse = z.infer<typeof PatternListResponseSchema>;

/**
 * An analyst's decision on a pattern. `from` and `to` are the window the pattern was listed for
 * (default: the last 365 days): the server runs detection again there to confirm the pattern
 * still holds exactly this evidence before recording the review against it.
 */
export const PatternReviewBodySchema = z
  .object({
    status: z.enum(["reviewed", "dismissed"], {
      error: 'status must be "reviewed" or "dismissed"',
    }),
    note: z
      .string()
      .trim()
      .max(2000, "a note must be at most 2,000 characters")
      .nullable()
      .default(null),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
  })
  .strict();
export type PatternReviewBody = z.infer<typeof PatternReviewBodySchema>;
