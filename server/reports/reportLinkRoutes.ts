// Duplicates and corroboration, and bulk actions over the selected reports.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  BulkActionSchema,
  BulkResultSchema,
  LinkRequestSchema,
  ProblemSchema,
  SimilarReportSchema,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import type { SlaPolicyCache } from "../settings/slaPolicyCache";
import { allow } from "../http/access";
import { applyBulkAction } from "./reportBulkRepository";
import { findSimilarReports, linkReports } from "./reportLinksRepository";
import { ReportIdParams } from "../http/idParams";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

export const reportLinkRoutes: FastifyPluginAsyncZod<{
  db: Database;
  slaPolicy: SlaPolicyCache;
}> = async (app, { db, slaPolicy }) => {
  app.get("/api/reports/:id/similar", {
    config: { access: allow("reports", "show") },
    schema: {
      tags: ["triage"],
      summary:
        "Reports that may be the same matter: same port within 7 days, or similar wording",
      params: ReportIdParams,
      response: {
        200: z.object({ data: z.array(SimilarReportSchema) }),
        ...problems,
      },
    },
    handler: async (request) => ({
      data: await findSimilarReports(db, request.params.id),
    }),
  });

  app.post("/api/reports/:id/links", {
    config: { access: allow("reports", "edit") },
    schema: {
      tags: ["triage"],
      summary:
        "Link another report as duplicate or corroborating (both are kept)",
      params: ReportIdParams,
      body: LinkRequestSchema,
      response: { 204: z.null().describe("Linked"), ...problems },
    },
    handler: async (request, reply) => {
      await auditedChange(
        db,
        request,
        (tx) =>
          linkReports(
            tx,
            request.params.id,
            request.body.linkedReportId,
            request.body.kind,
            request.user!,
          ),
        () => ({
          action: "report.link",
          entity: "report",
          entityId: request.params.id,
          detail: { ...request.body },
        }),
      );
      return reply.code(204).send(null);
    },
  });

  app.post("/api/reports/bulk", {
    config: { access: allow("reports", "edit") },
    schema: {
      tags: ["triage"],
      summary:
        "Assign, categorise or close as duplicate exactly the selected reports (all or nothing)",
      body: BulkActionSchema,
      response: { 200: BulkResultSchema, ...problems },
    },
    handler: async (request) => {
      // One audit row per report, all in the bulk action's transaction.
      const policy = await slaPolicy.current();
      const data = await auditedChange(
        db,
        request,
        (tx) => applyBulkAction(tx, request.body, request.user!, policy),
        (updated) =>
          updated.map((report) => ({
            action:
              request.body.action === "assign"
                ? "report.assign"
                : "report.update",
            entity: "report",
            entityId: report.id,
            detail: { bulk: request.body.action },
          })),
      );
      return { updated: data.length, data };
    },
  });
};
