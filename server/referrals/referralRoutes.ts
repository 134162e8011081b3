// Referrals: suggestions from the port's reference data, sending, acknowledgement and outcome,
// and the register of everything still awaiting an answer.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ProblemSchema,
  ReferralCreateSchema,
  ReferralListQuerySchema,
  ReferralListResponseSchema,
  ReferralSchema,
  ReferralTargetKindSchema,
  ReferralUpdateSchema,
  etagFor,
  suggestReferralTargets,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { problem } from "../http/problems";
import { requireIfMatch } from "../http/ifMatch";
import { findPort } from "../ports/portsRepository";
import {
  createReferral,
  findReferral,
  listReferrals,
  updateReferral,
} from "./referralsRepository";
import { findReport, reportNotFound } from "../reports/reportsRepository";
import { ReferralIdParams, ReportIdParams } from "../http/idParams";

const SuggestionsSchema = z.object({
  data: z.array(
    z.object({
      targetKind: ReferralTargetKindSchema,
      targetName: z.string(),
      why: z.string(),
    }),
  ),
});
const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

export const referralRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/reports/:id/referral-suggestions", {
    config: { access: allow("referrals", "create") },
    schema: {
      tags: ["referrals"],
      summary: "Forces and agencies suggested for this report",
      params: ReportIdParams,
      response: { 200: SuggestionsSchema, ...problems },
    },
    handler: async (request) => {
      const report = await findReport(db, request.params.id);
      if (!report) throw reportNotFound(request.params.id);
      const port = await findPort(db, report.portId);
      return {
        data: port ? suggestReferralTargets(port, report.category) : [],
      };
    },
  });

  app.post("/api/reports/:id/referrals", {
    config: { access: allow("referrals", "create") },
    schema: {
      tags: ["referrals"],
      summary: "Refer a report to a force or agency",
      params: ReportIdParams,
      body: ReferralCreateSchema,
      response: { 201: ReferralSchema, ...problems, 409: ProblemSchema },
    },
    handler: async (request, reply) => {
      const referral = await auditedChange(
        db,
        request,
        (tx) =>
          createReferral(tx, request.params.id, request.body, request.user!),
        (created) => ({
          action: "referral.create",
          entity: "referral",
          entityId: created.id,
          detail: { reportId: created.reportId, target: created.targetName },
        }),
      );
      reply.header("ETag", etagFor(referral.version));
      return reply.code(201).send(referral);
    },
  });

  app.get("/api/referrals", {
    config: { access: allow("referrals", "list") },
    schema: {
      tags: ["referrals"],
      summary: "The referral register",
      querystring: ReferralListQuerySchema,
      response: { 200: ReferralListResponseSchema, ...problems },
    },
    handler: (request) => listReferrals(db, request.query),
  });

  app.get("/api/referrals/:id", {
    config: { access: allow("referrals", "show") },
    schema: {
      tags: ["referrals"],
      summary: "One referral",
      params: ReferralIdParams,
      response: { 200: ReferralSchema, ...problems },
    },
    handler: async (request, reply) => {
      const referral = await findReferral(db, request.params.id);
      if (!referral)
        throw problem(
          404,
          "not_found",
          `There is no referral with id ${request.params.id}.`,
        );
      reply.header("ETag", etagFor(referral.version));
      return referral;
    },
  });

  app.patch("/api/referrals/:id", {
    config: { access: allow("referrals", "edit") },
    schema: {
      tags: ["referrals"],
      summary: "Record an acknowledgement or an outcome (requires If-Match)",
      params: ReferralIdParams,
      headers: z.object({ "if-match": z.string().optional() }),
      body: ReferralUpdateSchema,
      response: {
        200: ReferralSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const version = requireIfMatch(request.headers["if-match"]);
      const referral = await auditedChange(
        db,
        request,
        (tx) =>
          updateReferral(
            tx,
            request.params.id,
            version,
            request.body,
            request.user!,
          ),
        (updated) => ({
          action: "referral.update",
          entity: "referral",
          entityId: updated.id,
          detail: { state: updated.state },
        }),
      );
      reply.header("ETag", etagFor(referral.version));
      return referral;
    },
  });
};
