// /api/stats: aggregate report counts for the map and the trends page. Counts only, never report
// text. Managers may read them, always as published values (rounded to base 5, 1–4 as "<5":
// src/domain/statsSuppression.ts); the desk and analysts get exact counts unless they ask for
// figures safe to share (safe=1). Every answer's `suppression` names the method.
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ProblemSchema,
  StatsPortsQuerySchema,
  StatsPortsResponseSchema,
  StatsSummaryQuerySchema,
  StatsSummaryResponseSchema,
  StatsTimeseriesQuerySchema,
  StatsTimeseriesResponseSchema,
  suppressionForced,
} from "../../src/domain";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { portStats } from "./statsPortsRepository";
import { statsSummary } from "./statsSummaryRepository";
import { timeseries } from "./statsTimeseriesRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

function suppressFor(request: FastifyRequest, askedSafe: boolean): boolean {
  return askedSafe || suppressionForced(request.user!.roles);
}

export const statsRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/stats/ports", {
    config: { access: allow("stats", "list") },
    schema: {
      tags: ["stats"],
      summary:
        "Reports per port and category in a window, with territorial force totals (the map)",
      querystring: StatsPortsQuerySchema,
      response: { 200: StatsPortsResponseSchema, ...problems },
    },
    handler: (request) =>
      portStats(db, request.query, suppressFor(request, request.query.safe)),
  });

  app.get("/api/stats/timeseries", {
    config: { access: allow("stats", "list") },
    schema: {
      tags: ["stats"],
      summary:
        "Reports per UK calendar day, week or month, one series per category, insider type, nation, port or channel",
      querystring: StatsTimeseriesQuerySchema,
      response: { 200: StatsTimeseriesResponseSchema, ...problems },
    },
    handler: (request) =>
      timeseries(db, request.query, suppressFor(request, request.query.safe)),
  });

  app.get("/api/stats/summary", {
    config: { access: allow("stats", "list") },
    schema: {
      tags: ["stats"],
      summary:
        "Top ports and fastest-rising categories against the previous period",
      querystring: StatsSummaryQuerySchema,
      response: { 200: StatsSummaryResponseSchema, ...problems },
    },
    handler: (request) =>
      statsSummary(db, request.query, suppressFor(request, request.query.safe)),
  });
};
