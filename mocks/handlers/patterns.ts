// /api/patterns in the mock (server/routes/patterns.ts): the same pure detector as the server
// (src/domain/patterns) over the mock's reports, with analysts' reviews kept for the session.
import { http, type HttpHandler } from "msw";
import { z } from "zod";
import {
  PatternListQuerySchema,
  PatternListResponseSchema,
  PatternReviewBodySchema,
  ReviewedPatternSchema,
  defaultPatternThresholds,
  detectPatterns,
  extractEntities,
  maxPatternWindowDays,
  patternIdPattern,
  type Pattern,
  type PatternReportFact,
  type PatternReview,
  type Port,
  type Report,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { queryObject } from "./listRoute";
import { matchesReportFilters, type StatsFilters } from "./statsFilters";
import {
  fail,
  failField,
  problemResponse,
  validationProblem,
} from "./problems";

const msPerDay = 86_400_000;

/** Records are replaced, never mutated, on every change: a record's names are read once. */
const entitiesOf = new WeakMap<Report, readonly string[]>();

function factOf(report: Report): PatternReportFact {
  let entities = entitiesOf.get(report);
  if (!entities) {
    entities = extractEntities(`${report.summary}\n${report.details}`);
    entitiesOf.set(report, entities);
  }
  const { id, portId, receivedAt, category, insiderType } = report;
  return { id, portId, receivedAt, category, insiderType, entities };
}

/**
 * Reviews per mock dataset. MockDb.reset() gives the db a fresh ports array, so keying on it
 * forgets every review when a test resets the mock, without a field on MockDb for them.
 */
const reviewsByDataset = new WeakMap<
  readonly Port[],
  Map<string, PatternReview>
>();

function reviewsOf(db: MockDb): Map<string, PatternReview> {
  let reviews = reviewsByDataset.get(db.ports);
  if (!reviews) {
    reviews = new Map();
    reviewsByDataset.set(db.ports, reviews);
  }
  return reviews;
}

const unreviewed: PatternReview = {
  status: "new",
  note: null,
  reviewedById: null,
  reviewedByName: null,
  reviewedAt: null,
};

/**
 * As the server: baselines reach a year back, but never before the first report, and only the
 * reports that match the map's filters are read.
 */
function detectInWindow(
  db: MockDb,
  fromMs: number,
  toMs: number,
  filters: StatsFilters,
): Pattern[] {
  const first = db.reports.reduce(
    (min, r) => Math.min(min, Date.parse(r.receivedAt)),
    Infinity,
  );
  const yearBefore = fromMs - defaultPatternThresholds.baselineDays * msPerDay;
  const historyFrom = Number.isFinite(first)
    ? Math.max(first, yearBefore)
    : yearBefore;
  const facts = db.reports
    .filter((r) => {
      const t = Date.parse(r.receivedAt);
      return t >= historyFrom && t < toMs && matchesReportFilters(r, filters);
    })
    .map(factOf);
  return detectPatterns({
    reports: facts,
    ports: db.ports,
    window: {
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      historyFrom: new Date(historyFrom).toISOString(),
    },
  });
}

function reviewWindow(
  body: { from?: string; to?: string },
  now: Date,
): { fromMs: number; toMs: number } {
  const toMs = body.to ? Date.parse(body.to) : now.getTime();
  const fromMs = body.from ? Date.parse(body.from) : toMs - 365 * msPerDay;
  if (fromMs >= toMs)
    failField("from", "must be before to", "from must be before to.");
  if (toMs - fromMs > maxPatternWindowDays * msPerDay)
    failField(
      "to",
      "window too long",
      `The window may span at most ${maxPatternWindowDays} days; narrow it.`,
    );
  return { fromMs, toMs };
}

export function patternHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get("*/api/patterns", ({ request }) => {
      const denied = denyUnlessAllowed(db, "patterns", "list");
      if (denied) return denied;
      const parsed = PatternListQuerySchema.safeParse(
        queryObject(new URL(request.url).searchParams),
      );
      if (!parsed.success)
        return problemResponse(validationProblem("query", parsed.error));
      const { from, to, kind, review, ...filters } = parsed.data;
      const reviews = reviewsOf(db);
      const data = detectInWindow(db, Date.parse(from), Date.parse(to), filters)
        .filter((p) => !kind || p.kind === kind)
        .map((p) => ({ ...p, review: reviews.get(p.id) ?? unreviewed }))
        .filter((p) => !review || p.review.status === review);
      return contractResponse(PatternListResponseSchema, {
        data,
        total: data.length,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      });
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/patterns/:id/review",
      deny: () => denyUnlessAllowed(db, "patterns", "edit"),
      params: z.object({
        id: z
          .string()
          .regex(patternIdPattern, "a pattern id is 16 hexadecimal digits"),
      }),
      body: PatternReviewBodySchema,
      handle: ({ params, body, user }) => {
        const { fromMs, toMs } = reviewWindow(body, db.now());
        const pattern = detectInWindow(db, fromMs, toMs, body.filters).find(
          (p) => p.id === params.id,
        );
        if (!pattern)
          fail(
            404,
            "not_found",
            `No pattern ${params.id} is found between ${new Date(fromMs).toISOString()} and ${new Date(toMs).toISOString()}. New reports may have changed it: reload the patterns and review it again.`,
          );
        const review: PatternReview = {
          status: body.status,
          note: body.note,
          reviewedById: user.id,
          reviewedByName: user.displayName,
          reviewedAt: db.now().toISOString(),
        };
        reviewsOf(db).set(pattern.id, review);
        return contractResponse(ReviewedPatternSchema, { ...pattern, review });
      },
    }),
  ];
}
