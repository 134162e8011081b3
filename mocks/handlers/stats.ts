// /api/stats in the mock (server/routes/stats.ts): aggregate counts for the map and the trends
// page. The desk and analysts get exact counts unless they ask for figures safe to share
// (safe=1); managers always get small counts suppressed.
import { http, type HttpHandler } from "msw";
import type { z } from "zod";
import {
  StatsPortsQuerySchema,
  StatsPortsResponseSchema,
  StatsSummaryQuerySchema,
  StatsSummaryResponseSchema,
  StatsTimeseriesQuerySchema,
  StatsTimeseriesResponseSchema,
  suppressionForced,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { contractResponse } from "./contractResponse";
import { queryObject } from "./listRoute";
import { ProblemError, problemResponse, validationProblem } from "./problems";
import { portStats } from "./statsPortCounts";
import { statsSummary } from "./statsSummary";
import { timeseries } from "./statsTimeseries";

/**
 * The checks of every /api/stats route, in the server's order: access, then the query against
 * the contract. The query and whether to suppress small counts, or the refusal to send.
 */
export function checkedStatsQuery<Q extends { safe: boolean }>(
  db: MockDb,
  request: Request,
  querySchema: z.ZodType<Q>,
): { query: Q; suppress: boolean } | Response {
  const denied = denyUnlessAllowed(db, "stats", "list");
  if (denied) return denied;
  const parsed = querySchema.safeParse(
    queryObject(new URL(request.url).searchParams),
  );
  if (!parsed.success)
    return problemResponse(validationProblem("query", parsed.error));
  const suppress =
    parsed.data.safe || suppressionForced(db.currentUser?.roles ?? []);
  return { query: parsed.data, suppress };
}

/** A GET /api/stats/* route: access, then the query against the contract, then the answer. */
function statsRoute<Q extends { safe: boolean }, R>(
  db: MockDb,
  path: string,
  querySchema: z.ZodType<Q>,
  responseSchema: z.ZodType<R>,
  answer: (query: Q, suppress: boolean) => R,
): HttpHandler {
  return http.get(path, ({ request }) => {
    const checked = checkedStatsQuery(db, request, querySchema);
    if (checked instanceof Response) return checked;
    try {
      return contractResponse(
        responseSchema,
        answer(checked.query, checked.suppress),
      );
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem);
      throw error;
    }
  });
}

export function statsHandlers(db: MockDb): HttpHandler[] {
  const portById = (id: string) => db.portById(id);
  return [
    statsRoute(
      db,
      "*/api/stats/ports",
      StatsPortsQuerySchema,
      StatsPortsResponseSchema,
      (query, suppress) => portStats(db.reports, db.ports, query, suppress),
    ),
    statsRoute(
      db,
      "*/api/stats/timeseries",
      StatsTimeseriesQuerySchema,
      StatsTimeseriesResponseSchema,
      (query, suppress) => timeseries(db.reports, portById, query, suppress),
    ),
    statsRoute(
      db,
      "*/api/stats/summary",
      StatsSummaryQuerySchema,
      StatsSummaryResponseSchema,
      (query, suppress) => statsSummary(db.reports, portById, query, suppress),
    ),
  ];
}
