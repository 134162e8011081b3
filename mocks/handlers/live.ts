// Live updates: GET /api/events as a Server-Sent Events stream that stays open and carries the
// mock db's live events (so `npm run dev:mock` shows live banners), and who else has a report
// open (PUT to send a heartbeat, DELETE on leaving, GET to look).
import { http, HttpResponse, type HttpHandler } from "msw";
import {
  ReportViewersResponseSchema,
  type CurrentUser,
  type LiveEvent,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { reportIdParams } from "./reportPatch";
import { findReportOr404 } from "./reportWrites";

const encoder = new TextEncoder();

/** One SSE message: the event type names it, so an EventSource can listen per type. */
export function liveMessage(event: LiveEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export function liveHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get("*/api/events", ({ request }) => {
      const denied = denyUnlessAllowed(db, "reports", "list");
      if (denied) return denied;
      return new HttpResponse(liveStream(db, request.signal), {
        headers: {
          "Content-Type": "text/event-stream; charset=utf-8",
          "Cache-Control": "no-store",
        },
      });
    }),
    viewersHandler(db, "put"),
    viewersHandler(db, "get"),
    viewersHandler(db, "delete"),
  ];
}

function liveStream(
  db: MockDb,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  let unsubscribe = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the client: nothing left to do.
        }
      };
      // A comment first, as the server sends: the client knows it is subscribed.
      controller.enqueue(encoder.encode(": connected\n\n"));
      unsubscribe = db.onLive({
        send: (event) => {
          if (open) controller.enqueue(encoder.encode(liveMessage(event)));
        },
        close,
      });
      // The client leaving aborts the request. In Node this is the only sign of it: msw keeps a
      // copy of each mocked response for its own events, so a reader's cancel() never gets here.
      signal.addEventListener("abort", close);
    },
    cancel() {
      unsubscribe();
    },
  });
}

/**
 * As server/routes/live.ts: only the heartbeat (PUT) looks the report up; leaving always tells the
 * others, and looking never does.
 */
function viewersHandler(
  db: MockDb,
  method: "put" | "get" | "delete",
): HttpHandler {
  return checkedHandler(db, {
    method,
    path: "*/api/reports/:id/viewers",
    deny: () => denyUnlessAllowed(db, "reports", "show"),
    params: reportIdParams,
    handle: ({ params: { id }, user }) => {
      const nowMs = db.now().getTime();
      if (method === "put") {
        findReportOr404(db, id);
        // The others hear only of an arrival, not of every heartbeat.
        if (db.viewers.touch(id, viewer(user), nowMs)) {
          db.notifyLive({ type: "report.viewers", id });
        }
      }
      if (method === "delete") {
        db.viewers.leave(id, user.id);
        db.notifyLive({ type: "report.viewers", id });
        return new HttpResponse(null, { status: 204 });
      }
      return contractResponse(ReportViewersResponseSchema, {
        data: db.viewers.others(id, user.id, nowMs),
      });
    },
  });
}

function viewer(user: CurrentUser) {
  return { id: user.id, displayName: user.displayName };
}
