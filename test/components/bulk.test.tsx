// Bulk actions apply to exactly the selected reports, each at the version the officer saw, and the
// confirmation states how many.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import { fillIn, recordCommands } from "./apiRequests";
import { findDataRows, renderApp } from "./renderApp";

describe("bulk actions on the queue", () => {
  it("closing two selected reports as duplicates of a third names the count and sends exactly those two", async () => {
    const commands = recordCommands();
    const { user } = renderApp("/reports", { as: "desk" });
    const rows = await findDataRows();
    const referenceOf = (index: number) =>
      within(rows[index]!).getByRole("link").textContent ?? "";
    const [first, second, original] = [0, 1, 2].map(referenceOf);
    const reportNamed = (reference: string | undefined) =>
      mockDb.reports.find((r) => r.reference === reference)!;
    const seen = [first, second].map((reference) => ({
      id: reportNamed(reference).id,
      version: reportNamed(reference).version,
    }));

    await user.click(
      within(rows[0]!).getByRole("checkbox", { name: `Select ${first}` }),
    );
    await user.click(
      within(rows[1]!).getByRole("checkbox", { name: `Select ${second}` }),
    );
    await user.click(
      screen.getByRole("button", { name: "Close as duplicate" }),
    );

    const dialog = await screen.findByRole("dialog", {
      name: "Close as duplicate",
    });
    await fillIn(
      user,
      within(dialog).getByRole("combobox", { name: /Duplicate of/ }),
      original!,
    );
    await user.click(
      await screen.findByRole("option", { name: new RegExp(`^${original}`) }),
    );
    await fillIn(
      user,
      within(dialog).getByRole("textbox", { name: /Reason/ }),
      "Same sighting reported three times",
    );
    expect(
      within(dialog).getByText(`Close 2 reports as duplicates of ${original}?`),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("button", { name: "Close as duplicate" }),
    );

    await waitFor(() => expect(commands).toHaveLength(1));
    expect(commands[0]).toEqual({
      method: "POST",
      path: "/api/reports/bulk",
      ifMatch: null,
      body: {
        action: "close_duplicate",
        duplicateOfId: reportNamed(original).id,
        reason: "Same sighting reported three times",
        items: seen,
      },
    });
    await waitFor(() => expect(reportNamed(first).status).toBe("closed"));
    expect(reportNamed(second).closureReason).toBe("duplicate");
  });
});
