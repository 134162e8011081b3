// /api/patterns: cross-port patterns found by the detector in src/domain/patterns, with each
// pattern's review state, and the analyst's review command (audited).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  PatternListQuerySchema,
  PatternListResponseSchema,
  PatternReviewBodySchema,
  ProblemSchema,
  ReviewedPatternSchema,
  maxPatternWindowDays,
  patternIdPattern,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { problem } from "../http/problems";
import { reviewOf, reviewsFor, saveReview } from "./patternReviewsRepository";
import { detectInWindow } from "./patternsRepository";

const msPerDay = 86_400_000;
const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};
const IdParams = z.object({
  id: z
    .string()
    .regex(patternIdPattern, "a pattern id is 16 hexadecimal digits"),
});

/** The review's window: as given, or the last 365 days; never longer than a listing may be. */
function reviewWindow(
  body: { from?: string; to?: string },
  now = new Date(),
): { from: Date; to: Date } {
  const to = body.to ? new Date(body.to) : now;
  const from = body.from
    ? new Date(body.from)
    : new Date(to.getTime() - 365 * msPerDay);
  if (from >= to)
    throw problem(400, "validation", "from must be before to.", {
      errors: [{ field: "from", message: "must be before to" }],
    });
  if (to.getTime() - from.getTime() > maxPatternWindowDays * msPerDay) {
    throw problem(
      400,
      "validation",
      `The window may span at most ${maxPatternWindowDays} days; narrow it.`,
      { errors: [{ field: "to", message: "window too long" }] },
    );
  }
  return { from, to };
}

export const patternRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/patterns", {
    config: { access: allow("patterns", "list") },
    schema: {
      tags: ["patterns"],
      summary:
        "Cross-port patterns with reports in a window (category rises, shared names, space-time clusters)",
      querystring: PatternListQuerySchema,
      response: { 200: PatternListResponseSchema, ...problems },
    },
    handler: async (request) => {
      const { from, to, kind, review, ...filters } = request.query;
      const patterns = (
        await detectInWindow(db, new Date(from), new Date(to), filters)
      ).filter((p) => !kind || p.kind === kind);
      const reviews = await reviewsFor(
        db,
        patterns.map((p) => p.id),
      );
      const data = patterns
        .map((p) => ({ ...p, review: reviewOf(reviews, p.id) }))
        .filter((p) => !review || p.review.status === review);
      return {
        data,
        total: data.length,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      };
    },
  });

  app.post("/api/patterns/:id/review", {
    config: { access: allow("patterns", "edit") },
    schema: {
      tags: ["patterns"],
      summary: "Mark a pattern reviewed or dismissed, with a note (analysts)",
      params: IdParams,
      body: PatternReviewBodySchema,
      response: { 200: ReviewedPatternSchema, ...problems },
    },
    handler: async (request) => {
      const { from, to } = reviewWindow(request.body);
      const pattern = (
        await detectInWindow(db, from, to, request.body.filters)
      ).find((p) => p.id === request.params.id);
      if (!pattern) {
        throw problem(
          404,
          "not_found",
          `No pattern ${request.params.id} is found between ${from.toISOString()} and ${to.toISOString()}. New reports may have changed it: reload the patterns and review it again.`,
        );
      }
      // The note is the analyst's own words about intelligence: the audit row says one was left, not what it says.
      await auditedChange(
        db,
        request,
        (tx) => saveReview(tx, pattern, request.body, request.user!),
        () => ({
          action: "pattern.review",
          entity: "pattern",
          entityId: pattern.id,
          detail: {
            status: request.body.status,
            kind: pattern.kind,
            portIds: pattern.portIds,
            reports: pattern.reportIds.length,
            noted: Boolean(request.body.note),
          },
        }),
      );
      const reviews = await reviewsFor(db, [pattern.id]);
      return { ...pattern, review: reviewOf(reviews, pattern.id) };
    },
  });
};
