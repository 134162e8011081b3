// /api/coverage: PSeMS coverage of the active membership, for JMSC managers (aggregates only).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  CoverageQuerySchema,
  CoverageSchema,
  ProblemSchema,
} from "../../src/domain";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { coverage } from "./coverageRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export const coverageRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/coverage", {
    config: { access: allow("coverage", "list") },
    schema: {
      tags: ["coverage"],
      summary:
        "Share of active members with a current PSeMS assessment, by group; journey funnel; per-port coverage; maturity against report volume",
      querystring: CoverageQuerySchema,
      response: { 200: CoverageSchema, ...problems },
    },
    handler: (request) => coverage(db, request.query),
  });
};
