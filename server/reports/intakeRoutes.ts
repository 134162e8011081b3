// POST /api/intake/reports: the Crimestoppers feed (intake key, Idempotency-Key required), and
// POST /api/reports: the desk's manual entry of a hotline transcription.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  IntakeReportSchema,
  ProblemSchema,
  ReportSchema,
  etagFor,
} from "../../src/domain";
import { recordAudit } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import type { SlaPolicyCache } from "../settings/slaPolicyCache";
import { allow } from "../http/access";
import { problem } from "../http/problems";
import { createReportByHand, intakeReport } from "./intakeRepository";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  409: ProblemSchema,
};

export const intakeRoutes: FastifyPluginAsyncZod<{
  db: Database;
  slaPolicy: SlaPolicyCache;
}> = async (app, { db, slaPolicy }) => {
  app.post("/api/intake/reports", {
    config: { access: "intake" },
    schema: {
      tags: ["intake"],
      summary: "Receive a report from the Crimestoppers feed (idempotent)",
      description:
        "Authenticate with `Authorization: Bearer <intake key>`. Send a unique `Idempotency-Key` per report; a retry with the same key and body returns the first response and creates nothing.",
      headers: z.object({ "idempotency-key": z.string().optional() }),
      body: IntakeReportSchema,
      response: { 201: ReportSchema, ...problems, 422: ProblemSchema },
    },
    handler: async (request, reply) => {
      const key = request.headers["idempotency-key"]?.trim();
      if (!key || key.length > 255) {
        const message =
          "send a unique Idempotency-Key header (1–255 characters) with each report, and the same key when retrying it";
        throw problem(400, "validation", message, {
          errors: [{ field: "Idempotency-Key", message }],
        });
      }
      const policy = await slaPolicy.current();
      const { report, replayed } = await intakeReport(
        db,
        key,
        request.body,
        (tx, created) =>
          recordAudit(tx, request, {
            action: "report.create",
            entity: "report",
            entityId: created.id,
            detail: { via: "intake" },
            actor: null,
          }),
        policy,
      );
      reply
        .header("ETag", etagFor(report.version))
        .header("Location", `/api/reports/${report.id}`);
      if (replayed) reply.header("Idempotent-Replayed", "true");
      return reply.code(201).send(report);
    },
  });

  app.post("/api/reports", {
    config: { access: allow("reports", "create") },
    schema: {
      tags: ["reports"],
      summary: "Enter a report by hand (hotline transcription)",
      body: IntakeReportSchema,
      response: { 201: ReportSchema, ...problems },
    },
    handler: async (request, reply) => {
      const policy = await slaPolicy.current();
      const report = await createReportByHand(
        db,
        request.body,
        request.user!,
        (tx, created) =>
          recordAudit(tx, request, {
            action: "report.create",
            entity: "report",
            entityId: created.id,
            detail: { via: "manual" },
          }),
        policy,
      );
      reply
        .header("ETag", etagFor(report.version))
        .header("Location", `/api/reports/${report.id}`);
      return reply.code(201).send(report);
    },
  });
};
