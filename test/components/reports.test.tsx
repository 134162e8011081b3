// The desk's triage queue and a report, against the real API over the seeded demo database.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  ReportListResponseSchema,
  statusLabels,
  type ReportStatus,
} from "../../src/domain";
import { jsonAs } from "./realApi";
import { findDataRows, renderApp } from "./renderApp";

/** The first page of the queue as the API orders it (newest first), and its total. */
async function newestFirst(filter = "") {
  return ReportListResponseSchema.parse(
    await jsonAs("desk", {
      method: "GET",
      url: `/api/reports?sort=receivedAt&order=desc&perPage=25${filter}`,
    }),
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
    const { data: newest, total } = await newestFirst();
    expect(total).toBeGreaterThan(25);
    renderApp("/reports", { as: "desk" });

    const rows = await findDataRows();
    expect(rows).toHaveLength(25);
    const reference = columnIndex("Reference");
    expect(cellText(rows[0]!, reference)).toBe(newest[0]!.reference);
    expect(cellText(rows[24]!, reference)).toBe(newest[24]!.reference);
    expect(screen.getByText(`1-25 of ${total}`)).toBeInTheDocument();
  });

  it("filtering by status narrows the rows to that status", async () => {
    const status: ReportStatus = "on_hold";
    const { data: expected, total } = await newestFirst(`&status=${status}`);
    expect(total).toBeGreaterThan(0);
    const { user } = renderApp("/reports", { as: "desk" });
    await findDataRows();

    await user.click(screen.getByRole("combobox", { name: "Status" }));
    await user.click(
      await screen.findByRole("option", { name: statusLabels[status] }),
    );

    const shown = Math.min(25, total);
    await screen.findByText(`1-${shown} of ${total}`);
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
    const newest = (await newestFirst()).data[0]!;
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
