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

/** A GET /api/stats/* route: access, then the query against the contract, then the answer. */
function statsRoute<Q extends { safe: boolean }, R>(
  db: MockDb,
  path: string,
  querySchema: z.ZodType<Q>,
  responseSchema: z.ZodType<R>,
  answer: (query: Q, suppress: boolean) => R,
): HttpHandler {
  return http.get(path, ({ request }) => {
    const denied = denyUnlessAllowed(db, "stats", "list");
    if (denied) return denied;
    const parsed = querySchema.safeParse(
      queryObject(new URL(request.url).searchParams),
    );
    if (!parsed.success)
      return problemResponse(validationProblem("query", parsed.error));
    const suppress =
      parsed.data.safe || suppressionForced(db.currentUser?.roles ?? []);
    try {
      return contractResponse(responseSchema, answer(parsed.data, suppress));
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
