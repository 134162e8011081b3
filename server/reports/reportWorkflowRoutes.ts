// The desk's workflow on reports: queue counts, claim next, transitions, assignment, the
// timeline and notes. Every command is checked by role here and by the domain rules below.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AssignRequestSchema,
  NoteCreateSchema,
  ProblemSchema,
  QueueCountsSchema,
  ReportEventListResponseSchema,
  ReportEventSchema,
  ReportSchema,
  TransitionRequestSchema,
  etagFor,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import type { SlaPolicyCache } from "../settings/slaPolicyCache";
import { notifyLive } from "../live/notify";
import { allow } from "../http/access";
import { requireIfMatch } from "../http/ifMatch";
import { appendReportEvent, listReportEvents } from "./reportEventsRepository";
import {
  assignReport,
  claimNextReport,
  transitionReport,
} from "./reportWorkflowRepository";
import { countQueues, findReport, reportNotFound } from "./reportsRepository";
import { ReportIdParams } from "../http/idParams";

const IfMatchHeaders = z.object({ "if-match": z.string().optional() });
const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};
const commandProblems = { ...problems, 409: ProblemSchema, 428: ProblemSchema };

export const reportWorkflowRoutes: FastifyPluginAsyncZod<{
  db: Database;
  slaPolicy: SlaPolicyCache;
}> = async (app, { db, slaPolicy }) => {
  app.get("/api/reports/queues", {
    config: { access: allow("reports", "list") },
    schema: {
      tags: ["triage"],
      summary: "How many reports each queue view holds",
      response: { 200: QueueCountsSchema, ...problems },
    },
    handler: (request) => countQueues(db, request.user!.id),
  });

  app.post("/api/reports/claim", {
    config: { access: allow("reports", "edit") },
    schema: {
      tags: ["triage"],
      summary:
        "Claim the most urgent unassessed report (204 when the queue is empty)",
      response: {
        200: ReportSchema,
        204: z.null().describe("The queue is empty"),
        ...problems,
      },
    },
    handler: async (request, reply) => {
      const policy = await slaPolicy.current();
      const report = await auditedChange(
        db,
        request,
        (tx) => claimNextReport(tx, request.user!, policy),
        (claimed) =>
          claimed
            ? {
                action: "report.assign",
                entity: "report",
                entityId: claimed.id,
                detail: { via: "claim" },
              }
            : null,
      );
      if (!report) return reply.code(204).send(null);
      reply.header("ETag", etagFor(report.version));
      return report;
    },
  });

  app.post("/api/reports/:id/transitions", {
    config: { access: allow("reports", "edit") },
    schema: {
      tags: ["triage"],
      summary: "Move a report through the workflow (requires If-Match)",
      params: ReportIdParams,
      headers: IfMatchHeaders,
      body: TransitionRequestSchema,
      response: { 200: ReportSchema, ...commandProblems },
    },
    handler: async (request, reply) => {
      const version = requireIfMatch(request.headers["if-match"]);
      const policy = await slaPolicy.current();
      const report = await auditedChange(
        db,
        request,
        (tx) =>
          transitionReport(
            tx,
            request.params.id,
            version,
            request.body,
            request.user!,
            policy,
          ),
        (moved) => ({
          action: "report.transition",
          entity: "report",
          entityId: moved.id,
          detail: { to: moved.status },
        }),
      );
      reply.header("ETag", etagFor(report.version));
      return report;
    },
  });

  app.post("/api/reports/:id/assignment", {
    config: { access: allow("reports", "edit") },
    schema: {
      tags: ["triage"],
      summary:
        "Assign a report to a desk officer, or unassign it (requires If-Match)",
      params: ReportIdParams,
      headers: IfMatchHeaders,
      body: AssignRequestSchema,
      response: { 200: ReportSchema, ...commandProblems },
    },
    handler: async (request, reply) => {
      const version = requireIfMatch(request.headers["if-match"]);
      const policy = await slaPolicy.current();
      const report = await auditedChange(
        db,
        request,
        (tx) =>
          assignReport(
            tx,
            request.params.id,
            version,
            request.body.assigneeId,
            request.user!,
            policy,
          ),
        (assigned) => ({
          action: "report.assign",
          entity: "report",
          entityId: assigned.id,
          detail: { assigneeId: assigned.assigneeId },
        }),
      );
      reply.header("ETag", etagFor(report.version));
      return report;
    },
  });

  app.get("/api/reports/:id/events", {
    config: { access: allow("reports", "show") },
    schema: {
      tags: ["triage"],
      summary: "The report's timeline",
      params: ReportIdParams,
      response: { 200: ReportEventListResponseSchema, ...problems },
    },
    handler: async (request) => {
      if (!(await findReport(db, request.params.id)))
        throw reportNotFound(request.params.id);
      const data = await listReportEvents(db, request.params.id);
      return { data, total: data.length };
    },
  });

  app.post("/api/reports/:id/notes", {
    config: { access: allow("reports", "edit") },
    schema: {
      tags: ["triage"],
      summary: "Add a note to the timeline",
      params: ReportIdParams,
      body: NoteCreateSchema,
      response: { 201: ReportEventSchema, ...problems },
    },
    handler: async (request, reply) => {
      const report = await findReport(db, request.params.id);
      if (!report) throw reportNotFound(request.params.id);
      await auditedChange(
        db,
        request,
        async (tx) => {
          await appendReportEvent(tx, {
            reportId: report.id,
            kind: "note",
            summary: "Added a note",
            reason: request.body.text,
            actor: request.user!,
          });
          await notifyLive(tx, {
            type: "report.changed",
            id: report.id,
            version: report.version,
            actorId: request.user!.id,
          });
        },
        () => ({
          action: "report.note",
          entity: "report",
          entityId: report.id,
        }),
      );
      const events = await listReportEvents(db, report.id);
      return reply.code(201).send(events[events.length - 1]!);
    },
  });
};
