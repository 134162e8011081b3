// /api/assessments: PSeMS assessments of members. Everyone signed in reads; managers and admins
// create, edit (with If-Match) and start a new assessment from a previous one.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AssessmentBaselineRequestSchema,
  AssessmentCreateSchema,
  AssessmentListQuerySchema,
  AssessmentListResponseSchema,
  AssessmentPatchSchema,
  AssessmentSchema,
  ProblemSchema,
  etagFor,
  type Assessment,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { requireIfMatch } from "../http/ifMatch";
import {
  assessmentNotFound,
  findAssessment,
  listAssessments,
} from "./assessmentsRepository";
import {
  createAssessment,
  startFromBaseline,
  updateAssessment,
} from "./assessmentsWriteRepository";
import { AssessmentIdParams } from "../http/idParams";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

export const assessmentRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/assessments", {
    config: { access: allow("assessments", "list") },
    schema: {
      tags: ["assessments"],
      summary: "List PSeMS assessments",
      querystring: AssessmentListQuerySchema,
      response: { 200: AssessmentListResponseSchema, ...problems },
    },
    handler: (request) => listAssessments(db, request.query),
  });

  app.get("/api/assessments/:id", {
    config: { access: allow("assessments", "show") },
    schema: {
      tags: ["assessments"],
      summary: "One assessment, with its version as ETag",
      params: AssessmentIdParams,
      response: { 200: AssessmentSchema, ...problems },
    },
    handler: async (request, reply) => {
      const assessment = await findAssessment(db, request.params.id);
      if (!assessment) throw assessmentNotFound(request.params.id);
      reply.header("ETag", etagFor(assessment.version));
      return assessment;
    },
  });

  app.post("/api/assessments", {
    config: { access: allow("assessments", "create") },
    schema: {
      tags: ["assessments"],
      summary: "Record a PSeMS assessment",
      body: AssessmentCreateSchema,
      response: { 201: AssessmentSchema, ...problems },
    },
    handler: async (request, reply) => {
      const assessment = await auditedChange(
        db,
        request,
        (tx) => createAssessment(tx, request.body),
        (created) => ({
          action: "assessment.create",
          entity: "assessment",
          entityId: created.id,
          detail: { memberId: created.memberId },
        }),
      );
      reply
        .code(201)
        .header("ETag", etagFor(assessment.version))
        .header("Location", `/api/assessments/${assessment.id}`);
      return assessment;
    },
  });

  app.post("/api/assessments/:id/baseline", {
    config: { access: allow("assessments", "create") },
    schema: {
      tags: ["assessments"],
      summary:
        "Start a new planned assessment from this one as a baseline (scores, open action items, accountable manager)",
      params: AssessmentIdParams,
      body: AssessmentBaselineRequestSchema,
      response: { 201: AssessmentSchema, ...problems },
    },
    handler: async (request, reply) => {
      const assessment = await auditedChange(
        db,
        request,
        (tx) => startFromBaseline(tx, request.params.id, request.body),
        (created) => ({
          action: "assessment.create",
          entity: "assessment",
          entityId: created.id,
          detail: { memberId: created.memberId, baselineId: request.params.id },
        }),
      );
      reply
        .code(201)
        .header("ETag", etagFor(assessment.version))
        .header("Location", `/api/assessments/${assessment.id}`);
      return assessment;
    },
  });

  app.patch("/api/assessments/:id", {
    config: { access: allow("assessments", "edit") },
    schema: {
      tags: ["assessments"],
      summary:
        "Change an assessment (requires If-Match); actionItems and scores replace the whole list",
      params: AssessmentIdParams,
      headers: z.object({ "if-match": z.string().optional() }),
      body: AssessmentPatchSchema,
      response: {
        200: AssessmentSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatch(request.headers["if-match"]);
      const { after } = await auditedChange(
        db,
        request,
        (tx) =>
          updateAssessment(
            tx,
            request.params.id,
            expectedVersion,
            request.body,
          ),
        ({ before, after }) => ({
          action: "assessment.update",
          entity: "assessment",
          entityId: after.id,
          detail: {
            fields: (Object.keys(request.body) as (keyof Assessment)[]).filter(
              (key) =>
                JSON.stringify(before[key]) !== JSON.stringify(after[key]),
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
