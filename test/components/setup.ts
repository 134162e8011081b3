// Component tests run the real app in jsdom against the msw handlers over the demo dataset.
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { mockServer, resetMockDb } from "../../mocks/node";

// The whole app renders in jsdom, which is slow under a loaded CI machine: wait up to 5 s.
configure({ asyncUtilTimeout: 5_000 });

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

afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  mockServer.events.removeAllListeners();
  resetMockDb();
  window.history.replaceState({}, "", "/");
});

afterAll(() => mockServer.close());
