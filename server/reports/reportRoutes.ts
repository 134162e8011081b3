// /api/reports: the triage queue, one report, and conflict-safe edits.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ProblemSchema,
  ReportListQuerySchema,
  ReportListResponseSchema,
  ReportPatchSchema,
  ReportSchema,
  etagFor,
} from "../../src/domain";
import { auditedChange, recordAudit } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import type { SlaPolicyCache } from "../settings/slaPolicyCache";
import { allow } from "../http/access";
import { requireIfMatch } from "../http/ifMatch";
import {
  changedFields,
  findReport,
  listReports,
  reportNotFound,
  updateReport,
} from "./reportsRepository";
import { ReportIdParams } from "../http/idParams";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

export const reportRoutes: FastifyPluginAsyncZod<{
  db: Database;
  slaPolicy: SlaPolicyCache;
}> = async (app, { db, slaPolicy }) => {
  app.get("/api/reports", {
    config: { access: allow("reports", "list") },
    schema: {
      tags: ["reports"],
      summary: "List reports (the triage queue)",
      querystring: ReportListQuerySchema,
      response: { 200: ReportListResponseSchema, ...problems },
    },
    handler: (request) => listReports(db, request.query, request.user!.id),
  });

  app.get("/api/reports/:id", {
    config: { access: allow("reports", "show") },
    schema: {
      tags: ["reports"],
      summary: "One report, with its version as ETag",
      params: ReportIdParams,
      response: { 200: ReportSchema, ...problems },
    },
    handler: async (request, reply) => {
      const report = await findReport(db, request.params.id);
      if (!report) throw reportNotFound(request.params.id);
      await recordAudit(db, request, {
        action: "report.view",
        entity: "report",
        entityId: report.id,
      });
      reply.header("ETag", etagFor(report.version));
      return report;
    },
  });

  app.patch("/api/reports/:id", {
    config: { access: allow("reports", "edit") },
    schema: {
      tags: ["reports"],
      summary: "Change a report's assessment fields (requires If-Match)",
      params: ReportIdParams,
      headers: z.object({ "if-match": z.string().optional() }),
      body: ReportPatchSchema,
      response: {
        200: ReportSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatch(request.headers["if-match"]);
      const policy = await slaPolicy.current();
      const { after } = await auditedChange(
        db,
        request,
        (tx) =>
          updateReport(
            tx,
            request.params.id,
            expectedVersion,
            request.body,
            request.user!,
            policy,
          ),
        // The audit row names the fields changed, never their free-text values.
        ({ before, after }) => ({
          action: "report.update",
          entity: "report",
          entityId: after.id,
          detail: {
            fields: changedFields(
              before,
              after,
              Object.keys(request.body) as (keyof typeof after)[],
            ),
            version: after.version,
          },
        }),
      );
      reply.header("ETag", etagFor(after.version));
      return after;
    },
  });
};
