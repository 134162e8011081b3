// A JMSC manager works the member register: filters it by review state and place, registers a
// member (the server's field problems show at the field), and imports a CSV that is refused.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import { findDataRows, renderApp } from "./renderApp";

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

describe("the member register", () => {
  it("filters by review state and nation, and says why each review is due in words", async () => {
    const overdueInScotland = mockDb.members.filter(
      (m) =>
        m.assessmentState === "overdue" &&
        mockDb.portById(m.portId)?.nation === "Scotland",
    );
    expect(overdueInScotland.length).toBeGreaterThan(0);
    const { user } = renderApp("/members", { as: "manager" });
    await findDataRows();

    await user.click(screen.getByRole("combobox", { name: "Review state" }));
    await user.click(
      await screen.findByRole("option", { name: "Review overdue" }),
    );
    await user.click(screen.getByRole("button", { name: "Add filter" }));
    await user.click(
      await screen.findByRole("menuitemcheckbox", { name: "Nation" }),
    );
    await user.click(await screen.findByRole("combobox", { name: "Nation" }));
    await user.click(await screen.findByRole("option", { name: "Scotland" }));

    const total = overdueInScotland.length;
    await screen.findByText(`1-${Math.min(25, total)} of ${total}`);
    const rows = await findDataRows();
    const review = columnIndex("Review");
    for (const row of rows)
      expect(cellText(row, review)).toMatch(/^Review overdue \(was due /);
    const firstByName = overdueInScotland
      .map((m) => m.name)
      .sort((a, b) => (a < b ? -1 : 1))[0];
    expect(cellText(rows[0]!, columnIndex("Name"))).toBe(firstByName);
  });

  it("registering a member shows the server's problem next to the field it concerns", async () => {
    const taken = mockDb.members.find((m) => m.status === "active")!;
    const port = mockDb.portById(taken.portId)!;
    const { user } = renderApp("/members/create", { as: "manager" });

    await user.type(
      await screen.findByRole("textbox", { name: "Name" }),
      taken.name,
    );
    await user.click(screen.getByRole("combobox", { name: "Type" }));
    await user.click(
      await screen.findByRole("option", { name: "Port facility" }),
    );
    const portInput = screen.getByRole("combobox", { name: "Port" });
    await user.type(portInput, port.name);
    await user.click(await screen.findByRole("option", { name: port.name }));
    await user.type(screen.getByLabelText(/^Joined/), "2024-05-01");
    await user.type(
      screen.getByRole("textbox", { name: "Contact name" }),
      "Ayesha Khan",
    );
    await user.type(
      screen.getByRole("textbox", { name: "Contact role" }),
      "PFSO",
    );
    await user.type(
      screen.getByRole("textbox", { name: "Contact email" }),
      "ayesha.khan@example.co.uk",
    );
    const before = mockDb.members.length;
    await user.click(screen.getByRole("button", { name: "Save" }));

    const name = screen.getByRole("textbox", { name: "Name" });
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        `${taken.name} is already registered at ${taken.portId}`,
      ),
    );
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(mockDb.members).toHaveLength(before);
  });

  it("a refused CSV import lists each failing row and column, and imports nothing", async () => {
    const before = mockDb.members.length;
    const { user } = renderApp("/members", { as: "manager" });
    await findDataRows();

    await user.click(screen.getByRole("button", { name: "Import CSV" }));
    const dialog = await screen.findByRole("dialog", {
      name: "Import members from CSV",
    });
    const csv = [
      "name,type,portId,contactName,contactRole,contactEmail,joinedOn",
      "Tay Stevedores,port_facility,dundee,Ann Reid,PFSO,ann@example.co.uk,2023-02-01",
      "Nowhere Ltd,ferry,atlantis,Bob,PFSO,bob@example.co.uk,2023-02-01",
    ].join("\n");
    await user.upload(
      within(dialog).getByLabelText("CSV file"),
      new File([csv], "members.csv", { type: "text/csv" }),
    );
    await user.click(within(dialog).getByRole("button", { name: "Import" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Nothing was imported.",
    );
    const table = within(dialog).getByRole("table", {
      name: "Problems in the CSV file",
    });
    const [, body] = within(table).getAllByRole("rowgroup");
    const cells = within(body!)
      .getAllByRole("row")
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .slice(0, 2)
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([["3", "type"]]);
    expect(mockDb.members).toHaveLength(before);
  });

  it("the reviews-due list puts the longest-overdue active member first, and warns in words", async () => {
    const overdue = mockDb.members
      .filter((m) => m.assessmentState === "overdue" && m.status === "active")
      .sort(
        (a, b) =>
          (a.nextReviewDue! < b.nextReviewDue!
            ? -1
            : a.nextReviewDue! > b.nextReviewDue!
              ? 1
              : 0) || (a.id < b.id ? -1 : 1),
      );
    const { user } = renderApp("/", { as: "manager" });
    await user.click(
      await screen.findByRole("menuitem", { name: "Reviews due" }),
    );

    await screen.findByText(`1-25 of ${overdue.length}`);
    const rows = await findDataRows();
    expect(cellText(rows[0]!, columnIndex("Name"))).toBe(overdue[0]!.name);
    expect(cellText(rows[0]!, columnIndex("Review"))).toMatch(
      /^Review overdue/,
    );

    await user.click(screen.getByRole("tab", { name: "Due within 12 months" }));
    const dueSoon = mockDb.members.filter(
      (m) => m.assessmentState === "due_soon" && m.status === "active",
    );
    await screen.findByText(`1-${dueSoon.length} of ${dueSoon.length}`);
    for (const row of await findDataRows())
      expect(cellText(row, columnIndex("Review"))).toMatch(
        /^Review due within (3|6|12) months \(by /,
      );
  });

  it("the desk may read the register but is not offered registering or importing", async () => {
    renderApp("/members", { as: "desk" });
    await findDataRows();
    expect(screen.getByRole("button", { name: "Export CSV" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Import CSV" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Create" })).toBeNull();
  });
});
