// GET /api/events: Server-Sent Events of report changes for open screens; and who else has a
// report open (a heartbeat from each report page).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ProblemSchema,
  ReportViewersResponseSchema,
  type LiveEvent,
} from "../../src/domain";
import type { Database } from "../db/connect";
import type { LiveHub } from "./liveHub";
import { allow } from "../http/access";
import { otherViewers, markViewing, stopViewing } from "./reportViewersRepository";
import { findReport, reportNotFound } from "../reports/reportsRepository";

const IdParams = z.object({
  id: z.uuid("the report id in the address is not a valid id"),
});
const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};
/**
 * This often the stream checks that its session is still signed in (a logout, timeout or
 * disabled account ends the stream) and sends a comment line that keeps proxies from closing it.
 */
export const defaultStreamCheckMs = 15_000;

export const liveRoutes: FastifyPluginAsyncZod<{
  db: Database;
  hub: LiveHub;
  streamCheckMs?: number;
}> = async (app, { db, hub, streamCheckMs = defaultStreamCheckMs }) => {
  app.get("/api/events", {
    // EventSource reconnects by itself: that is not the officer doing something.
    config: { access: allow("reports", "list"), background: true },
    schema: {
      tags: ["live"],
      summary:
        "Server-Sent Events: report.created, report.changed, report.viewers (ids only)",
      response: { ...problems },
    },
    handler: async (request, reply) => {
      // Headers set by earlier hooks (security headers) go out with the stream's own.
      reply.hijack();
      reply.raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      reply.raw.write(": connected\n\n");
      const send = (event: LiveEvent) =>
        reply.raw.write(
          `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`,
        );
      const unsubscribe = await hub.subscribe(send);
      const check = setInterval(() => {
        // A database hiccup is not a sign-out: keep the stream and check again next time.
        void app
          .isSessionCurrent(request)
          .catch(() => true)
          .then((current) => {
            if (current) reply.raw.write(": keep-alive\n\n");
            else {
              clearInterval(check);
              reply.raw.end();
            }
          });
      }, streamCheckMs);
      request.raw.on("close", () => {
        clearInterval(check);
        unsubscribe();
      });
    },
  });

  app.get("/api/reports/:id/viewers", {
    config: { access: allow("reports", "show") },
    schema: {
      tags: ["live"],
      summary: "Who else has this report open",
      params: IdParams,
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
      params: IdParams,
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
      params: IdParams,
      response: { 204: z.null().describe("Done"), ...problems },
    },
    handler: async (request, reply) => {
      await stopViewing(db, request.params.id, request.user!.id);
      return reply.code(204).send(null);
    },
  });
};
