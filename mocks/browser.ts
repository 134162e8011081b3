// The `vite --mode mock` entry (see vite.config.ts): the whole app against the msw handlers and
// the demo dataset, with no server. The worker must be running before the app's first request.
import { setupWorker } from "msw/browser";
import { createHandlers } from "./handlers";
import { createMockDb } from "./mockDb";

const worker = setupWorker(...createHandlers(createMockDb()));

await worker.start({
  // Vite's own modules and the geo files are real requests; only /api is mocked.
  onUnhandledRequest: "bypass",
  serviceWorker: { url: "/mockServiceWorker.js" },
});

await import("../src/main");
