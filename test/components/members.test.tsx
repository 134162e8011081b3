// A JMSC manager works the member register: filters it by review state and place, registers a
// member (the server's field problems show at the field), and imports a CSV that is refused.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { countMembers, listMembers, portById } from "./managerFixtures";
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
    // The register as the API answers the same question, in the list's order (by name).
    const overdueInScotland = await listMembers(
      "assessmentState=overdue&nation=Scotland&sort=name&order=asc&perPage=1",
    );
    expect(overdueInScotland.total).toBeGreaterThan(0);
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

    const { total } = overdueInScotland;
    await screen.findByText(`1-${Math.min(25, total)} of ${total}`);
    const rows = await findDataRows();
    const review = columnIndex("Review");
    for (const row of rows)
      expect(cellText(row, review)).toMatch(/^Review overdue \(was due /);
    expect(cellText(rows[0]!, columnIndex("Name"))).toBe(
      overdueInScotland.data[0]!.name,
    );
  });

  it("registering a member shows the server's problem next to the field it concerns", async () => {
    const [taken] = (await listMembers("status=active&perPage=1")).data;
    if (!taken) throw new Error("the demo register has no active member");
    const port = await portById(taken.portId);
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
    const before = await countMembers();
    await user.click(screen.getByRole("button", { name: "Save" }));

    const name = screen.getByRole("textbox", { name: "Name" });
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        `${taken.name} is already registered at ${taken.portId}`,
      ),
    );
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(await countMembers()).toBe(before);
  });

  it("a refused CSV import lists each failing row and column, and imports nothing", async () => {
    const before = await countMembers();
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
    expect(await countMembers()).toBe(before);
    expect(await countMembers("q=Tay%20Stevedores")).toBe(0);
  });

  it("the reviews-due list puts the longest-overdue active member first, and warns in words", async () => {
    // The longest overdue is the earliest due date: ask the API for that order.
    const overdue = await listMembers(
      "assessmentState=overdue&status=active&sort=nextReviewDue&order=asc&perPage=1",
    );
    const longestOverdue = overdue.data[0];
    if (!longestOverdue) throw new Error("no active member is overdue");
    const { user } = renderApp("/", { as: "manager" });
    await user.click(
      await screen.findByRole("menuitem", { name: "Reviews due" }),
    );

    await screen.findByText(`1-25 of ${overdue.total}`);
    const rows = await findDataRows();
    expect(cellText(rows[0]!, columnIndex("Name"))).toBe(longestOverdue.name);
    expect(cellText(rows[0]!, columnIndex("Review"))).toMatch(
      /^Review overdue/,
    );

    await user.click(screen.getByRole("tab", { name: "Due within 12 months" }));
    const dueSoon = await countMembers(
      "assessmentState=due_soon&status=active",
    );
    await screen.findByText(`1-${dueSoon} of ${dueSoon}`);
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
