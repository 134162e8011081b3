// After a command the app updates what changed — the record the server answered with, the queue
// counts and the timeline — rather than refreshing every query on the page. And an answer that
// does not match the contract in src/domain fails loudly instead of being shown.
import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fillIn, recordRequests } from "./apiRequests";
import { apiServer } from "./realApi";
import { renderApp } from "./renderApp";
import { reportById, reportInTriage } from "./reportFixtures";

describe("after a command", () => {
  it("the report the server answered with is shown without fetching it again; the counts and timeline are fetched once", async () => {
    const report = await reportInTriage();
    const { user } = renderApp(`/reports/${report.id}/show`, { as: "desk" });
    await screen.findByRole("button", { name: "Save assessment" });
    // Let the page finish loading before counting what the command causes.
    await screen.findByRole("menuitem", { name: /^Unassessed, / });
    const requests = recordRequests(
      (method, path) => method === "GET" && !path.endsWith("/viewers"),
    );

    await user.click(screen.getByRole("button", { name: "Put on hold" }));
    const dialog = await screen.findByRole("dialog");
    await fillIn(
      user,
      within(dialog).getByRole("textbox", { name: /Reason/ }),
      "Awaiting Crimestoppers follow-up with the reporter",
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Put on hold" }),
    );
    expect(
      await screen.findByRole("button", { name: "Resume triage" }),
    ).toBeInTheDocument();
    expect((await reportById(report.id)).status).toBe("on_hold");

    const paths = () => requests.map((r) => r.path);
    await waitFor(() => {
      expect(paths()).toContain("/api/reports/queues");
      expect(paths()).toContain(`/api/reports/${report.id}/events`);
    });
    // Give any stray refetch time to show itself before asserting it never came.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(paths()).not.toContain(`/api/reports/${report.id}`);
    expect(paths().filter((p) => p === "/api/reports/queues")).toHaveLength(1);
    expect(
      paths().filter((p) => p === `/api/reports/${report.id}/events`),
    ).toHaveLength(1);
  });
});

describe("an answer that breaks the contract", () => {
  it("is refused with an error naming the request and the field, not shown as if it were a report", async () => {
    const report = await reportInTriage();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    // The real server cannot be made to break its own contract: this one answer is simulated.
    apiServer.use(
      http.get(`*/api/reports/${report.id}`, () =>
        HttpResponse.json({ ...report, status: "lost_in_the_post" }),
      ),
    );
    renderApp(`/reports/${report.id}/show`, { as: "desk" });

    // react-admin logs a failed request in development and tests, and does not show the record.
    await waitFor(() =>
      expect(logged).toHaveBeenCalledWith(
        expect.objectContaining({
          message: expect.stringMatching(
            new RegExp(
              `answer to GET /api/reports/${report.id} does not match the contract[^]*at status`,
            ),
          ),
        }),
      ),
    );
    logged.mockRestore();
    expect(
      screen.queryByRole("button", { name: "Save assessment" }),
    ).not.toBeInTheDocument();
  });
});
