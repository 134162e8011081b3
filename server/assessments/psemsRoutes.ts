// /api/psems/framework: the PSeMS steps, elements and review cycle. Everyone reads; an admin edits.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ProblemSchema,
  PsemsFrameworkSchema,
  PsemsFrameworkUpdateSchema,
  etagFor,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { requireIfMatch } from "../http/ifMatch";
import { getPsemsFramework, replacePsemsFramework } from "./psemsRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export const psemsRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/psems/framework", {
    config: { access: allow("psems", "show") },
    schema: {
      tags: ["psems"],
      summary: "The PSeMS framework: steps, elements and review cycle",
      response: { 200: PsemsFrameworkSchema, ...problems },
    },
    handler: async (_request, reply) => {
      const framework = await getPsemsFramework(db);
      reply.header("ETag", etagFor(framework.version));
      return framework;
    },
  });

  app.put("/api/psems/framework", {
    config: { access: allow("psems", "edit") },
    schema: {
      tags: ["psems"],
      summary: "Replace the PSeMS framework (admin; requires If-Match)",
      headers: z.object({ "if-match": z.string().optional() }),
      body: PsemsFrameworkUpdateSchema,
      response: {
        200: PsemsFrameworkSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatch(request.headers["if-match"]);
      const framework = await auditedChange(
        db,
        request,
        (tx) => replacePsemsFramework(tx, expectedVersion, request.body),
        (replaced) => ({
          action: "psems.update",
          entity: "psems_framework",
          detail: {
            version: replaced.version,
            elements: replaced.elements.map((e) => e.key),
            reviewCycleYears: replaced.reviewCycleYears,
          },
        }),
      );
      reply.header("ETag", etagFor(framework.version));
      return framework;
    },
  });
};
