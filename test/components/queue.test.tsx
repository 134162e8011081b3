// The desk's triage queue: views with counts in the menu, claim next, and working the queue by
// keyboard alone.
import { screen, waitFor, within } from "@testing-library/react";
import { and, asc, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reports } from "../../server/db/schema";
import {
  QueueCountsSchema,
  ReportListResponseSchema,
  queueViewLabels,
  statusLabels,
  type QueueView,
} from "../../src/domain";
import { recordCommands } from "./apiRequests";
import { apiDatabase, jsonAs } from "./realApi";
import { findDataRows, renderApp } from "./renderApp";
import { assignEveryNewReportTo, reportById, userIdOf } from "./reportFixtures";

/** The counts the API gives the desk officer right now. */
async function expectedCounts() {
  return QueueCountsSchema.parse(
    await jsonAs("desk", { method: "GET", url: "/api/reports/queues" }),
  );
}

/**
 * The oldest unassessed, unassigned report (read from the database): the one claim next must
 * hand out.
 */
async function nextToClaim() {
  const [oldest] = await apiDatabase()
    .select({ id: reports.id, reference: reports.reference })
    .from(reports)
    .where(and(eq(reports.status, "new"), isNull(reports.assigneeId)))
    .orderBy(asc(reports.receivedAt), asc(reports.id))
    .limit(1);
  if (!oldest) throw new Error("the demo database has nothing to claim");
  return oldest;
}

async function menuItem(view: QueueView, count: number) {
  return screen.findByRole("menuitem", {
    name: `${queueViewLabels[view]}, ${count.toLocaleString("en-GB")} ${count === 1 ? "report" : "reports"}`,
  });
}

describe("the triage queue", () => {
  it("the menu shows every queue view with how many reports it holds", async () => {
    const counts = await expectedCounts();
    expect(counts.unassessed).toBeGreaterThan(0);
    renderApp("/", { as: "desk" });

    for (const view of Object.keys(counts) as QueueView[]) {
      expect(await menuItem(view, counts[view])).toBeInTheDocument();
    }
  });

  it("opening the Unassessed view lists only new reports, oldest first", async () => {
    const counts = await expectedCounts();
    // New reports, oldest first, as the API lists them: the first and how many.
    const unassessed = ReportListResponseSchema.parse(
      await jsonAs("desk", {
        method: "GET",
        url: "/api/reports?status=new&sort=receivedAt&order=asc&perPage=1",
      }),
    );
    const oldest = unassessed.data[0]!;
    const { user } = renderApp("/", { as: "desk" });

    await user.click(await menuItem("unassessed", counts.unassessed));

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Triage queue — Unassessed",
      }),
    ).toBeInTheDocument();
    expect(unassessed.total).toBe(counts.unassessed);
    const shown = Math.min(25, unassessed.total);
    await screen.findByText(`1-${shown} of ${unassessed.total}`);
    const rows = await findDataRows();
    expect(rows).toHaveLength(shown);
    expect(within(rows[0]!).getByRole("link").textContent).toBe(
      oldest.reference,
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
    const expected = await nextToClaim();
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
    const claimed = await reportById(expected.id);
    expect(claimed.status).toBe("triage");
    expect(claimed.assigneeId).toBe(await userIdOf("desk"));
  });

  it("claim next on an empty queue says so", async () => {
    // Every unassessed report is already assigned to the officer (still new): none is claimable.
    await assignEveryNewReportTo("desk");
    await expect(nextToClaim()).rejects.toThrow("nothing to claim");
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
