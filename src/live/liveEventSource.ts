// One Server-Sent Events connection to GET /api/events. The browser reconnects by itself after a
// network drop; when the server refuses the stream outright (e.g. during a deploy) the source
// closes for good, so we open a new one after a growing pause.
import { LiveEventSchema, type LiveEvent } from "../domain";
import { apiUrl } from "../providers/http";

const eventTypes: readonly LiveEvent["type"][] = [
  "report.created",
  "report.changed",
  "report.viewers",
];

const firstRetryMs = 5_000;
const longestRetryMs = 60_000;

/** Opens the stream and calls `onEvent` with each valid event; returns a function that closes it. */
export function connectLiveEvents(
  onEvent: (event: LiveEvent) => void,
): () => void {
  let source: EventSource | null = null;
  let retryTimer: number | undefined;
  let retryMs = firstRetryMs;
  let closed = false;

  function deliver(message: MessageEvent<string>) {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    const parsed = LiveEventSchema.safeParse(data);
    if (parsed.success) onEvent(parsed.data);
  }

  function open() {
    source = new EventSource(apiUrl("/events"), { withCredentials: true });
    // Unnamed events arrive as "message"; named ones under their type. Both carry the event.
    source.addEventListener("message", deliver);
    for (const type of eventTypes) source.addEventListener(type, deliver);
    source.addEventListener("open", () => {
      retryMs = firstRetryMs;
    });
    source.addEventListener("error", () => {
      if (closed || source?.readyState !== EventSource.CLOSED) return;
      retryTimer = window.setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, longestRetryMs);
    });
  }

  open();
  return () => {
    closed = true;
    window.clearTimeout(retryTimer);
    source?.close();
  };
}
