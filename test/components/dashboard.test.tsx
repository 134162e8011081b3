// The home page shows each role its own widgets: the desk its queues, SLA breaches and newest
// reports; an analyst trends and new patterns; a manager membership, coverage and totals.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { QueueCountsSchema } from "../../src/domain";
import { countMembers } from "./managerFixtures";
import { setUpAnalyticsTests } from "./mapTestSupport";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";
import { listReports } from "./reportFixtures";

setUpAnalyticsTests();

function widget(title: string) {
  return screen.findByRole("region", { name: title });
}

describe("the dashboard", () => {
  it("shows a desk officer the queues, SLA breaches and the newest reports, and nothing of management", async () => {
    // The desk's queue counts and newest report, as the API gives them.
    const counts = QueueCountsSchema.parse(
      await jsonAs("desk", { method: "GET", url: "/api/reports/queues" }),
    );
    const [newest] = await listReports("sort=receivedAt&order=desc&perPage=1");
    if (!newest) throw new Error("the demo database has no report");
    renderApp("/", { as: "desk" });

    const queues = await widget("Queues");
    await waitFor(() =>
      expect(
        within(queues).getByRole("button", { name: /^Unassessed/ }),
      ).toHaveTextContent(counts.unassessed.toLocaleString("en-GB")),
    );
    const overdue = await widget("SLA breaches");
    expect(
      await within(overdue).findByText(/overdue reports?$/),
    ).toBeInTheDocument();

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
    // Active members, and those whose assessment is current or due soon, from the register.
    const active = await countMembers("status=active");
    const covered = await countMembers(
      "status=active&assessmentState=current&assessmentState=due_soon",
    );
    renderApp("/", { as: "manager" });

    const membership = await widget("Membership");
    expect(
      await within(membership).findByText(String(active)),
    ).toBeInTheDocument();
    const coverage = await widget("PSeMS assessment coverage");
    expect(
      await within(coverage).findByText(
        `of active members covered (${covered} of ${active})`,
      ),
    ).toBeInTheDocument();
    expect(
      within(coverage).getByText(`${Math.round((100 * covered) / active)}%`),
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
