// No lost update: when a colleague saved first, the officer sees what changed, field by field,
// and chooses between their version and re-applying their own change on top of it.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { riskLabels } from "../../src/domain";
import { recordCommands } from "./apiRequests";
import { renderApp } from "./renderApp";
import { colleagueChanges, reportById, reportInTriage } from "./reportFixtures";

async function assessAsLowAfterAColleagueChose(immediate: boolean) {
  const report = await reportInTriage();
  const commands = recordCommands();
  const { user } = renderApp(`/reports/${report.id}/show`, { as: "desk" });
  await user.click(await screen.findByRole("combobox", { name: "Risk level" }));
  await user.click(await screen.findByRole("option", { name: riskLabels.low }));

  const theirs = await colleagueChanges(report, {
    risk: immediate ? "immediate" : null,
    summary: "Rewritten by a colleague",
  });
  await user.click(screen.getByRole("button", { name: "Save assessment" }));
  const dialog = await screen.findByRole("dialog", {
    name: `Someone else changed ${report.reference}`,
  });
  return { report, theirs, commands, user, dialog };
}

/** The cells of the conflict table's row for `field`: before, yours, now. */
function rowFor(dialog: HTMLElement, field: string): string[] {
  const header = within(dialog).getByRole("rowheader", { name: field });
  const row = header.closest("tr");
  if (!row) throw new Error(`no row for ${field}`);
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent ?? "");
}

describe("the conflict dialog", () => {
  it("shows, field by field, what the officer tried and what the colleague saved", async () => {
    const { dialog, commands, report, theirs } =
      await assessAsLowAfterAColleagueChose(true);

    expect(dialog).toHaveTextContent(
      `you had version ${report.version}, it is now version ${theirs.version}`,
    );
    expect(rowFor(dialog, "Risk")).toEqual(["(empty)", "Low", "Immediate"]);
    expect(rowFor(dialog, "Summary")).toEqual([
      report.summary,
      "(not changed by you)",
      "Rewritten by a colleague",
    ]);
    // The first PATCH was refused; nothing was overwritten.
    expect(commands).toHaveLength(1);
    expect((await reportById(report.id)).risk).toBe("immediate");
  });

  it("re-applying sends the same change again, on top of the colleague's version", async () => {
    const { dialog, commands, report, theirs, user } =
      await assessAsLowAfterAColleagueChose(true);

    await user.click(
      within(dialog).getByRole("button", { name: "Re-apply my change on top" }),
    );

    await waitFor(() => expect(commands).toHaveLength(2));
    expect(commands[1]).toEqual({
      method: "PATCH",
      path: `/api/reports/${report.id}`,
      ifMatch: `"${theirs.version}"`,
      body: { risk: "low" },
    });
    await waitFor(() =>
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument(),
    );
    const saved = await reportById(report.id);
    expect(saved?.risk).toBe("low");
    // The colleague's other change is kept.
    expect(saved?.summary).toBe("Rewritten by a colleague");
  });

  it("using theirs discards the officer's change and shows the colleague's", async () => {
    const { dialog, commands, report, user } =
      await assessAsLowAfterAColleagueChose(true);

    await user.click(
      within(dialog).getByRole("button", { name: "Use theirs" }),
    );

    await waitFor(() =>
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByRole("combobox", { name: "Risk level" }),
    ).toHaveTextContent(riskLabels.immediate);
    expect(commands).toHaveLength(1);
    expect((await reportById(report.id)).risk).toBe("immediate");
  });
});
