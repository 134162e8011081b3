// The contract of cross-port patterns: what the detector returns, how the API lists them with
// their review state, and the analyst's review command.
import { z } from "zod";
import { dateTimeInput } from "../dates";
import { ReportCategorySchema } from "../enums";
import { statsReportFilterFields } from "../stats";

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

/**
 * GET /api/patterns. The report filters are the map's (as GET /api/stats/ports takes them):
 * detection runs over the matching reports only, baselines included, so "insider threat on
 * the hotline" finds the patterns among those reports. `review` filters by the analyst's review.
 */
export const PatternListQuerySchema = z
  .object({
    from: dateTimeInput(),
    to: dateTimeInput(),
    ...statsReportFilterFields,
    kind: PatternKindSchema.optional(),
    review: PatternReviewStatusSchema.optional(),
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
 * An analyst's decision on a pattern. `from`, `to` and the report filters are those the pattern
 * was listed with (default: the last 365 days, every report): the server runs detection again
 * there to confirm the pattern still holds exactly this evidence before recording the review.
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
    from: dateTimeInput().optional(),
    to: dateTimeInput().optional(),
    /** The report filters the pattern was listed with: detection runs again with them. */
    filters: z.object(statsReportFilterFields).strict().default({}),
  })
  .strict();
export type PatternReviewBody = z.infer<typeof PatternReviewBodySchema>;
/** What the app sends: defaults (note, filters) may be left out. */
export type PatternReviewRequest = z.input<typeof PatternReviewBodySchema>;
