// Stops the clock for a test file, so the mock's `now` (and so what is overdue) cannot move
// between the test's own count and the handler's. Only Date is faked: msw still runs its timers.
import { afterEach, beforeEach, vi } from "vitest";

export function useFrozenClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
