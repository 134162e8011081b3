// Who else has a report open: a heartbeat from each report page, so two officers do not work
// the same report unknowingly. Arrivals and departures reach other screens through /api/events.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ProblemSchema, ReportViewersResponseSchema } from "../../src/domain";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { ReportIdParams } from "../http/idParams";
import {
  markViewing,
  otherViewers,
  stopViewing,
} from "../live/reportViewersRepository";
import { findReport, reportNotFound } from "./reportsRepository";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

export const reportViewerRoutes: FastifyPluginAsyncZod<{
  db: Database;
}> = async (app, { db }) => {
  app.get("/api/reports/:id/viewers", {
    config: { access: allow("reports", "show") },
    schema: {
      tags: ["live"],
      summary: "Who else has this report open",
      params: ReportIdParams,
      response: { 200: ReportViewersResponseSchema, ...problems },
    },
    handler: async (request) => ({
      data: await otherViewers(db, request.params.id, request.user!.id),
    }),
  });

  app.put("/api/reports/:id/viewers", {
    config: { access: allow("reports", "show") },
    schema: {
      tags: ["live"],
      summary: "Heartbeat: I have this report open",
      params: ReportIdParams,
      response: { 200: ReportViewersResponseSchema, ...problems },
    },
    handler: async (request) => {
      if (!(await findReport(db, request.params.id)))
        throw reportNotFound(request.params.id);
      await markViewing(db, request.params.id, request.user!.id);
      return {
        data: await otherViewers(db, request.params.id, request.user!.id),
      };
    },
  });

  app.delete("/api/reports/:id/viewers", {
    config: { access: allow("reports", "show") },
    schema: {
      tags: ["live"],
      summary: "I closed this report",
      params: ReportIdParams,
      response: { 204: z.null().describe("Done"), ...problems },
    },
    handler: async (request, reply) => {
      await stopViewing(db, request.params.id, request.user!.id);
      return reply.code(204).send(null);
    },
  });
};
