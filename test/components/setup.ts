// Component tests run the real app in jsdom against the msw handlers over the demo dataset.
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { mockServer, resetMockDb } from "../../mocks/node";

// The whole app renders in jsdom, which is slow on a loaded two-core CI machine (a report page
// loads several lazy chunks and a dozen requests): wait up to 15 s, and give a test a minute.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

// MUI and charts measure elements; jsdom has no layout, so a no-op observer is enough.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

// jsdom has no matchMedia. Report a desktop-sized screen that prefers reduced motion, so
// transitions do not slow the tests down.
Object.defineProperty(window, "matchMedia", {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: query.includes("prefers-reduced-motion: reduce"),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// react-admin scrolls to the top on navigation; jsdom does not implement scrolling.
window.scrollTo = () => {};

beforeAll(() => mockServer.listen({ onUnhandledRequest: "error" }));

/**
 * Requests the unmounted app still has in flight. They must finish before the mock db resets:
 * one answered 401 after the reset would make the old app sign out, and the mock's one session
 * would sign out the next test's user with it.
 */
let inFlight = 0;
function countRequestsInFlight(): void {
  mockServer.events.on("request:start", () => {
    inFlight += 1;
  });
  mockServer.events.on("request:end", () => {
    inFlight -= 1;
  });
}
beforeEach(countRequestsInFlight);

/** Waits until no request has been in flight for a moment (at most 5 s). */
async function requestsSettled(): Promise<void> {
  const giveUpAt = Date.now() + 5_000;
  for (let quietChecks = 0; quietChecks < 3 && Date.now() < giveUpAt;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    quietChecks = inFlight === 0 ? quietChecks + 1 : 0;
  }
}

afterEach(async () => {
  cleanup();
  await requestsSettled();
  inFlight = 0;
  vi.unstubAllGlobals();
  mockServer.resetHandlers();
  mockServer.events.removeAllListeners();
  resetMockDb();
  window.history.replaceState({}, "", "/");
});

afterAll(() => mockServer.close());
