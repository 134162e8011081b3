// The home page shows each role its own widgets: the desk its queues, SLA breaches and newest
// reports; an analyst trends and new patterns; a manager membership, coverage and totals.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { countQueues } from "../../mocks/handlers/queueViews";
import { mockDb } from "../../mocks/node";
import { renderApp } from "./renderApp";
import { setUpAnalyticsTests } from "./mapTestSupport";

setUpAnalyticsTests();

function widget(title: string) {
  return screen.findByRole("region", { name: title });
}

describe("the dashboard", () => {
  it("shows a desk officer the queues, SLA breaches and the newest reports, and nothing of management", async () => {
    renderApp("/", { as: "desk" });

    const queues = await widget("Queues");
    const desk = mockDb.users.find((u) => u.username === "desk")!;
    const counts = countQueues(mockDb.reports, desk.id, mockDb.now().getTime());
    await waitFor(() =>
      expect(
        within(queues).getByRole("button", { name: /^Unassessed/ }),
      ).toHaveTextContent(counts.unassessed.toLocaleString("en-GB")),
    );
    const overdue = await widget("SLA breaches");
    expect(
      await within(overdue).findByText(/overdue reports?$/),
    ).toBeInTheDocument();

    const newest = [...mockDb.reports].sort(
      (a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt),
    )[0]!;
    expect(
      await within(await widget("Newest reports")).findByRole("link", {
        name: newest.reference,
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("region", { name: "Membership" }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("region", { name: "Last 12 weeks by category" }),
    ).not.toBeInTheDocument();
  });

  it("shows an analyst twelve weeks of trends, insider threat first, and the patterns not yet reviewed", async () => {
    renderApp("/", { as: "analyst" });

    const trends = await widget("Last 12 weeks by category");
    const rows = within(await within(trends).findByRole("table"))
      .getAllByRole("row")
      .slice(1);
    expect(within(rows[0]!).getByRole("rowheader")).toHaveTextContent(
      "Insider threat",
    );
    expect(
      within(rows[0]!).getByRole("img", {
        name: /^Insider threat, reports per week: /,
      }),
    ).toBeInTheDocument();

    const patterns = await widget("New cross-port patterns (90 days)");
    expect(
      await within(patterns).findByText("MV Northern Tern named at 4 ports"),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("region", { name: "Queues" }),
    ).not.toBeInTheDocument();
  });

  it("shows a manager membership, assessment coverage and report totals, and no report lists", async () => {
    const active = mockDb.members.filter((m) => m.status === "active");
    const covered = active.filter(
      (m) =>
        m.assessmentState === "current" || m.assessmentState === "due_soon",
    );
    renderApp("/", { as: "manager" });

    const membership = await widget("Membership");
    expect(
      await within(membership).findByText(String(active.length)),
    ).toBeInTheDocument();
    const coverage = await widget("PSeMS assessment coverage");
    expect(
      await within(coverage).findByText(
        `of active members covered (${covered.length} of ${active.length})`,
      ),
    ).toBeInTheDocument();
    expect(
      within(coverage).getByText(
        `${Math.round((100 * covered.length) / active.length)}%`,
      ),
    ).toBeInTheDocument();
    await widget("Reports, last 90 days");
    expect(
      screen.queryByRole("region", { name: "Newest reports" }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("region", {
        name: "New cross-port patterns (90 days)",
      }),
    ).not.toBeInTheDocument();
  });
});
