// The desk's triage queue and a report, against the msw handlers over the demo dataset.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import { statusLabels, type Report, type ReportStatus } from "../../src/domain";
import { findDataRows, renderApp } from "./renderApp";

/** The queue's order as the API defines it: newest first, the id breaking ties. */
function newestFirst(reports: readonly Report[]): Report[] {
  return [...reports].sort(
    (a, b) =>
      Date.parse(b.receivedAt) - Date.parse(a.receivedAt) ||
      (a.id < b.id ? 1 : -1),
  );
}

/** The index of the column whose header reads `name`. */
function columnIndex(name: string): number {
  const headers = screen
    .getAllByRole("columnheader")
    .map((th) => th.textContent?.trim());
  const index = headers.indexOf(name);
  if (index === -1)
    throw new Error(`no "${name}" column in ${headers.join(", ")}`);
  return index;
}

function cellText(row: HTMLElement, column: number): string {
  return within(row).getAllByRole("cell")[column]?.textContent?.trim() ?? "";
}

describe("the triage queue", () => {
  it("a desk officer sees the first 25 reports of the queue, newest first", async () => {
    const newest = newestFirst(mockDb.reports);
    expect(newest.length).toBeGreaterThan(25);
    renderApp("/reports", { as: "desk" });

    const rows = await findDataRows();
    expect(rows).toHaveLength(25);
    const reference = columnIndex("Reference");
    expect(cellText(rows[0]!, reference)).toBe(newest[0]!.reference);
    expect(cellText(rows[24]!, reference)).toBe(newest[24]!.reference);
    expect(
      screen.getByText(`1-25 of ${mockDb.reports.length}`),
    ).toBeInTheDocument();
  });

  it("filtering by status narrows the rows to that status", async () => {
    const status: ReportStatus = "on_hold";
    const expected = newestFirst(
      mockDb.reports.filter((r) => r.status === status),
    );
    expect(expected.length).toBeGreaterThan(0);
    const { user } = renderApp("/reports", { as: "desk" });
    await findDataRows();

    await user.click(screen.getByRole("combobox", { name: "Status" }));
    await user.click(
      await screen.findByRole("option", { name: statusLabels[status] }),
    );

    const shown = Math.min(25, expected.length);
    await screen.findByText(`1-${shown} of ${expected.length}`);
    const rows = await findDataRows();
    expect(rows).toHaveLength(shown);
    const statusColumn = columnIndex("Status");
    for (const row of rows)
      expect(cellText(row, statusColumn)).toBe(statusLabels[status]);
    expect(cellText(rows[0]!, columnIndex("Reference"))).toBe(
      expected[0]!.reference,
    );
  });

  it("opening a report shows its summary and handling marking", async () => {
    const newest = newestFirst(mockDb.reports)[0]!;
    const { user } = renderApp("/reports", { as: "desk" });
    const [firstRow] = await findDataRows();

    // The reference is a link, so a keyboard user can open the report too.
    await user.click(
      within(firstRow!).getByRole("link", { name: newest.reference }),
    );

    expect(
      await screen.findByRole("heading", { level: 1, name: newest.reference }),
    ).toBeInTheDocument();
    const summary = await screen.findByRole("region", { name: "Summary" });
    expect(
      await within(summary).findByText(newest.summary),
    ).toBeInTheDocument();
    // The marking is a banner at the head and the foot of the report, and a field of it.
    expect(
      screen.getAllByText(newest.handling, { exact: true }).length,
    ).toBeGreaterThanOrEqual(3);
    await waitFor(() =>
      expect(screen.getByText(newest.details)).toBeInTheDocument(),
    );
  });
});
