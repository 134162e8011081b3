// msw for vitest: one server over one mock db. Call resetMockDb() after each test so a test's
// edits and sign-in never leak into the next.
import { setupServer } from "msw/node";
import { createHandlers } from "./handlers";
import { createMockDb } from "./mockDb";

export const mockDb = createMockDb();

export const mockServer = setupServer(...createHandlers(mockDb));

export function resetMockDb(): void {
  mockDb.reset();
}
