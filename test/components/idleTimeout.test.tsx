// An idle session warns before it ends (WCAG 2.2.1): a minute before the server's 15-minute idle
// timeout a dialog counts down; "Stay signed in" asks the server, which counts as activity and
// starts the clock again; if nobody answers, the app signs out and says why.
import { act, screen, within } from "@testing-library/react";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sessions, users } from "../../server/db/schema";
import { backgroundRequestHeader } from "../../src/domain";
import { recordRequests } from "./apiRequests";
import { apiDatabase, apiServer } from "./realApi";
import { renderApp } from "./renderApp";
import { reportInTriage } from "./reportFixtures";

const minute = 60_000;

/**
 * Who the browser's session is signed in as, asked of the server as the app would (through msw
 * and the browser's cookies): null once the server no longer accepts it. Fake timers fake Date
 * in this process, so the server's session clock moves with the test's.
 */
async function browserSignedInAs(): Promise<string | null> {
  const response = await fetch(new URL("/api/auth/me", window.location.origin));
  if (response.status === 401) return null;
  expect(response.status).toBe(200);
  return ((await response.json()) as { username: string }).username;
}

/** How many sessions the server holds for a user (read from the database). */
async function sessionsOf(username: string): Promise<number> {
  const rows = await apiDatabase()
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(users.username, username));
  return rows.length;
}

/** Moves the fake clock on, letting React and the API answer as time passes. */
async function wait(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

describe("the idle-session warning", () => {
  beforeEach(() => {
    // Time still runs (so the app loads as usual) but a test can jump it forward.
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("warns a minute before the end, and 'Stay signed in' starts the clock again", async () => {
    const sessionChecks = recordRequests(
      (method, path) => method === "GET" && path === "/api/auth/session",
    );
    const { user } = renderApp("/accounts", { as: "admin" });
    await screen.findByRole("heading", { level: 1, name: "Accounts" });
    await vi.waitFor(() => expect(sessionChecks).toHaveLength(1));

    await wait(13 * minute);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();

    await wait(1 * minute + 5_000);
    const dialog = await screen.findByRole("alertdialog", {
      name: "Are you still there?",
    });
    expect(within(dialog).getByRole("timer")).toHaveTextContent(
      /Signing out in (1:00|0:[0-5]\d)/,
    );
    expect(within(dialog).getByRole("status")).toHaveTextContent(
      /seconds left before you are signed out/,
    );

    await user.click(
      within(dialog).getByRole("button", { name: "Stay signed in" }),
    );
    await vi.waitFor(() => expect(sessionChecks).toHaveLength(2));
    await vi.waitFor(() =>
      expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument(),
    );

    // A fresh 15 minutes from that request: no warning 13 minutes on, still signed in.
    await wait(13 * minute);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(await browserSignedInAs()).toBe("admin");
  });

  it("signs out when nobody answers, and the login page says why", async () => {
    const logouts = recordRequests(
      (method, path) => method === "POST" && path === "/api/auth/logout",
    );
    renderApp("/accounts", { as: "admin" });
    await screen.findByRole("heading", { level: 1, name: "Accounts" });

    await wait(14 * minute + 5_000);
    await screen.findByRole("alertdialog", { name: "Are you still there?" });
    await wait(1 * minute);

    expect(
      await screen.findByText(
        "You were signed out after 15 minutes without activity. Sign in again to carry on.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(logouts).toHaveLength(1);
    // The server ended the session: the browser's cookie no longer signs anyone in, and no
    // session of the administrator's is left (they signed in once, in this browser).
    expect(await browserSignedInAs()).toBeNull();
    expect(await sessionsOf("admin")).toBe(0);
  });

  it("still warns on a report left open: its presence heartbeat and the queue counts are not activity", async () => {
    // The app's own requests on a report page: the presence heartbeat and the queue counts.
    const ownRequests: { method: string; background: boolean }[] = [];
    apiServer.events.on("request:start", ({ request }) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/viewers") || path === "/api/reports/queues")
        ownRequests.push({
          method: request.method,
          background: request.headers.get(backgroundRequestHeader) === "1",
        });
    });
    const report = await reportInTriage();
    renderApp(`/reports/${report.id}/show`, { as: "desk" });
    await screen.findByRole("button", { name: "Save assessment" });

    await wait(14 * minute + 5_000);
    await screen.findByRole("alertdialog", { name: "Are you still there?" });
    // The page kept saying "I am here" all along, each time marked as the app's own request.
    expect(
      ownRequests.filter((r) => r.method === "PUT").length,
    ).toBeGreaterThan(30);
    expect(ownRequests.every((r) => r.background)).toBe(true);
  });
});
