// Bulk actions apply to exactly the selected reports, each at the version the officer saw, and the
// confirmation states how many.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fillIn, recordCommands } from "./apiRequests";
import { findDataRows, renderApp } from "./renderApp";
import {
  colleagueEntersReport,
  reportById,
  reportByReference,
} from "./reportFixtures";

describe("bulk actions on the queue", () => {
  it("closing two selected reports as duplicates of a third names the count and sends exactly those two", async () => {
    // Three open reports at the head of the queue (the demo data's newest may be closed already).
    const entered = [];
    for (const n of [1, 2, 3])
      entered.push(await colleagueEntersReport(`CS-BULK-${n}`));
    const commands = recordCommands();
    const { user } = renderApp("/reports", { as: "desk" });
    const rows = await findDataRows();
    const referenceOf = (index: number) =>
      within(rows[index]!).getByRole("link").textContent ?? "";
    const [first, second, original] = [0, 1, 2].map(referenceOf);
    expect([first, second, original].sort()).toEqual(
      entered.map((report) => report.reference).sort(),
    );
    // The three reports as the officer sees them, at the versions they were read at.
    const [firstReport, secondReport, originalReport] = await Promise.all(
      [first, second, original].map((reference) =>
        reportByReference(reference!),
      ),
    );
    const seen = [firstReport!, secondReport!].map(({ id, version }) => ({
      id,
      version,
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
        duplicateOfId: originalReport!.id,
        reason: "Same sighting reported three times",
        items: seen,
      },
    });
    await waitFor(async () =>
      expect((await reportById(firstReport!.id)).status).toBe("closed"),
    );
    const secondStored = await reportById(secondReport!.id);
    expect(secondStored.status).toBe("closed");
    expect(secondStored.closureReason).toBe("duplicate");
  });
});
