// The desk's triage queue: views with counts in the menu, claim next, and working the queue by
// keyboard alone.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import { countQueues } from "../../mocks/handlers/queueViews";
import {
  queueViewLabels,
  statusLabels,
  type QueueView,
  type Report,
} from "../../src/domain";
import { recordCommands } from "./apiRequests";
import { findDataRows, renderApp } from "./renderApp";

function deskOfficerId(): string {
  const desk = mockDb.users.find((u) => u.username === "desk");
  if (!desk) throw new Error("no desk user in the demo dataset");
  return desk.id;
}

/** The counts the API gives the desk officer right now. */
function expectedCounts() {
  return countQueues(mockDb.reports, deskOfficerId(), mockDb.now().getTime());
}

/** The oldest unassessed, unassigned report: the one claim next must hand out. */
function nextToClaim(): Report {
  const claimable = mockDb.reports
    .filter((r) => r.status === "new" && r.assigneeId === null)
    .sort(
      (a, b) =>
        Date.parse(a.receivedAt) - Date.parse(b.receivedAt) ||
        (a.id < b.id ? -1 : 1),
    );
  if (!claimable[0]) throw new Error("the demo dataset has nothing to claim");
  return claimable[0];
}

async function menuItem(view: QueueView, count: number) {
  return screen.findByRole("menuitem", {
    name: `${queueViewLabels[view]}, ${count.toLocaleString("en-GB")} ${count === 1 ? "report" : "reports"}`,
  });
}

describe("the triage queue", () => {
  it("the menu shows every queue view with how many reports it holds", async () => {
    const counts = expectedCounts();
    expect(counts.unassessed).toBeGreaterThan(0);
    renderApp("/", { as: "desk" });

    for (const view of Object.keys(counts) as QueueView[]) {
      expect(await menuItem(view, counts[view])).toBeInTheDocument();
    }
  });

  it("opening the Unassessed view lists only new reports, oldest first", async () => {
    const counts = expectedCounts();
    const unassessed = mockDb.reports
      .filter((r) => r.status === "new")
      .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
    const { user } = renderApp("/", { as: "desk" });

    await user.click(await menuItem("unassessed", counts.unassessed));

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Triage queue — Unassessed",
      }),
    ).toBeInTheDocument();
    const shown = Math.min(25, unassessed.length);
    await screen.findByText(`1-${shown} of ${unassessed.length}`);
    const rows = await findDataRows();
    expect(rows).toHaveLength(shown);
    expect(within(rows[0]!).getByRole("link").textContent).toBe(
      unassessed[0]!.reference,
    );
    for (const row of rows)
      expect(within(row).getByText(statusLabels.new)).toBeInTheDocument();
  });

  it("each row's checkbox is labelled with the report's reference", async () => {
    renderApp("/reports", { as: "desk" });
    const [firstRow] = await findDataRows();
    const reference = within(firstRow!).getByRole("link").textContent ?? "";

    expect(
      within(firstRow!).getByRole("checkbox", { name: `Select ${reference}` }),
    ).toBeInTheDocument();
  });

  it("claim next hands the officer the oldest unassessed report and opens it in triage", async () => {
    const expected = nextToClaim();
    const commands = recordCommands();
    const { user } = renderApp("/reports", { as: "desk" });
    await findDataRows();

    await user.click(screen.getByRole("button", { name: "Claim next" }));

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: expected.reference,
      }),
    ).toBeInTheDocument();
    expect(commands).toEqual([
      { method: "POST", path: "/api/reports/claim", ifMatch: null, body: null },
    ]);
    const claimed = mockDb.reportById(expected.id);
    expect(claimed?.status).toBe("triage");
    expect(claimed?.assigneeId).toBe(deskOfficerId());
  });

  it("claim next on an empty queue says so", async () => {
    for (const report of mockDb.reports.filter((r) => r.status === "new"))
      mockDb.replaceReport({ ...report, assigneeId: deskOfficerId() });
    const { user } = renderApp("/reports", { as: "desk" });
    await findDataRows();

    await user.click(screen.getByRole("button", { name: "Claim next" }));

    expect(
      await screen.findByText("Nothing to claim: the queue is empty"),
    ).toBeInTheDocument();
  });

  it("j and k move through the rows, o opens the report in focus, and ? lists every shortcut", async () => {
    const { user } = renderApp("/reports", { as: "desk" });
    const rows = await findDataRows();
    const link = (index: number) => within(rows[index]!).getByRole("link");

    await user.keyboard("j");
    expect(link(0)).toHaveFocus();
    await user.keyboard("jj");
    expect(link(2)).toHaveFocus();
    await user.keyboard("k");
    expect(link(1)).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(link(2)).toHaveFocus();

    await user.keyboard("?");
    const help = await screen.findByRole("dialog", {
      name: "Keyboard shortcuts",
    });
    for (const text of [
      "Move to the next report",
      "Claim the next unassessed report",
      "Refer the report",
      "Close the report",
      "Add a note",
    ])
      expect(within(help).getByText(text)).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() =>
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument(),
    );

    const reference = link(2).textContent ?? "";
    link(2).focus();
    await user.keyboard("o");
    expect(
      await screen.findByRole("heading", { level: 1, name: reference }),
    ).toBeInTheDocument();
  });

  it("typing j in the search box types it rather than moving through the rows", async () => {
    const { user } = renderApp("/reports", { as: "desk" });
    await findDataRows();

    const search = screen.getByRole("textbox", { name: "Search" });
    await user.click(search);
    await user.keyboard("j");

    expect(search).toHaveValue("j");
    expect(search).toHaveFocus();
  });
});
