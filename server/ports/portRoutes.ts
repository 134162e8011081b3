// /api/ports: the 118 UK and Crown-dependency ports (reference data).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  PortListQuerySchema,
  PortListResponseSchema,
  PortSchema,
  ProblemSchema,
} from "../../src/domain";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { problem } from "../http/problems";
import { findPort, listPorts } from "./portsRepository";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

export const portRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/ports", {
    config: { access: allow("ports", "list") },
    schema: {
      tags: ["ports"],
      summary: "List ports",
      querystring: PortListQuerySchema,
      response: { 200: PortListResponseSchema, ...problems },
    },
    handler: (request) => listPorts(db, request.query),
  });

  app.get("/api/ports/:id", {
    config: { access: allow("ports", "show") },
    schema: {
      tags: ["ports"],
      summary: "One port",
      params: z.object({ id: z.string().min(1) }),
      response: { 200: PortSchema, ...problems },
    },
    handler: async (request) => {
      const port = await findPort(db, request.params.id);
      if (!port)
        throw problem(
          404,
          "not_found",
          `There is no port with id ${request.params.id}.`,
        );
      return port;
    },
  });
};
