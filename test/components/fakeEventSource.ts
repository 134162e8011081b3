// jsdom has no EventSource. This one is wired straight to the mock db's live events, so a test
// can play another officer with mockDb.emitLive and watch the app react.
import { vi } from "vitest";
import { mockDb } from "../../mocks/node";

class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState = FakeEventSource.OPEN;
  private readonly unsubscribe: () => void;

  constructor(readonly url: string) {
    super();
    this.unsubscribe = mockDb.onLive({
      send: (event) =>
        this.dispatchEvent(
          new MessageEvent(event.type, { data: JSON.stringify(event) }),
        ),
      close: () => this.close(),
    });
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
    this.unsubscribe();
  }
}

/** Call in a test before rendering; vitest's unstubAllGlobals (in setup) removes it. */
export function installFakeEventSource(): void {
  vi.stubGlobal("EventSource", FakeEventSource);
}
