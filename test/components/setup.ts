// Component tests run the real app in jsdom against the real API (realApi.ts): msw forwards each
// request to the Fastify app in this process, on a fresh copy of the seeded demo database.
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { apiServer, startRealApi, stopRealApi } from "./realApi";

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

beforeAll(() => apiServer.listen({ onUnhandledRequest: "error" }));
// Starting the API loads the database snapshot and builds the app: on a loaded two-core machine
// the first start of a file (cold PGlite and imports) took more than the default 10 s.
beforeEach(startRealApi, 60_000);

/**
 * Requests the unmounted app still has in flight. They must finish before the API stops: the
 * next test starts a new one, and an old request must not reach it.
 */
let inFlight = 0;
function countRequestsInFlight(): void {
  apiServer.events.on("request:start", () => {
    inFlight += 1;
  });
  apiServer.events.on("request:end", () => {
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
  apiServer.resetHandlers();
  apiServer.events.removeAllListeners();
  await stopRealApi();
  window.history.replaceState({}, "", "/");
});

afterAll(() => apiServer.close());
