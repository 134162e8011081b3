// /api/assessments: PSeMS assessments of members (read side; editing arrives with the managers' issue).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AssessmentListQuerySchema, AssessmentListResponseSchema, AssessmentSchema, ProblemSchema, etagFor } from "../../src/domain";
import type { Database } from "../db/connect";
import { allow } from "../plugins/access";
import { problem } from "../problems";
import { findAssessment, listAssessments } from "./assessmentsRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

export const assessmentRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get("/api/assessments", {
    config: { access: allow("assessments", "list") },
    schema: { tags: ["assessments"], summary: "List PSeMS assessments", querystring: AssessmentListQuerySchema, response: { 200: AssessmentListResponseSchema, ...problems } },
    handler: (request) => listAssessments(db, request.query),
  });

  app.get("/api/assessments/:id", {
    config: { access: allow("assessments", "show") },
    schema: { tags: ["assessments"], summary: "One assessment", params: z.object({ id: z.uuid("the assessment id in the address is not a valid id") }), response: { 200: AssessmentSchema, ...problems } },
    handler: async (request, reply) => {
      const assessment = await findAssessment(db, request.params.id);
      if (!assessment) throw problem(404, "not_found", `There is no assessment with id ${request.params.id}.`);
      reply.header("ETag", etagFor(assessment.version));
      return assessment;
    },
  });
};
