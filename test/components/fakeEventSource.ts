// jsdom has no EventSource, and inject() cannot hold a stream open. This one hears the real
// server's live hub, the one /api/events streams from: a test plays another officer through the
// API (realApi.ts requestAs) and watches the app react.
import { vi } from "vitest";
import { apiApp } from "./realApi";

class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState = FakeEventSource.OPEN;
  private readonly unsubscribe: Promise<() => void>;

  constructor(readonly url: string) {
    super();
    this.unsubscribe = apiApp().liveHub.subscribe((event) => {
      if (this.readyState === FakeEventSource.CLOSED) return;
      this.dispatchEvent(
        new MessageEvent(event.type, { data: JSON.stringify(event) }),
      );
    });
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
    void this.unsubscribe.then((stop) => stop());
  }
}

/** Call in a test before rendering; vitest's unstubAllGlobals (in setup) removes it. */
export function installFakeEventSource(): void {
  vi.stubGlobal("EventSource", FakeEventSource);
}
