// GET /api/events: Server-Sent Events of report changes for open screens, from every instance.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ProblemSchema, type LiveEvent } from "../../src/domain";
import type { LiveHub } from "./liveHub";
import { allow } from "../http/access";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
};
/**
 * This often the stream checks that its session is still signed in (a logout, timeout or
 * disabled account ends the stream) and sends a comment line that keeps proxies from closing it.
 */
export const defaultStreamCheckMs = 15_000;

export const liveEventsRoutes: FastifyPluginAsyncZod<{
  hub: LiveHub;
  streamCheckMs?: number;
}> = async (app, { hub, streamCheckMs = defaultStreamCheckMs }) => {
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
};
