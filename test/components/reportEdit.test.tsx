// The desk changes a report's assessment; nothing is ever overwritten silently.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { riskLabels } from "../../src/domain";
import { recordRequests } from "./apiRequests";
import { renderApp } from "./renderApp";
import { colleagueChanges, listReports, reportById } from "./reportFixtures";

/** A report the desk has not assessed yet, so every risk is a change. */
async function unassessedReport() {
  const report = (
    await listReports("status=new&perPage=100&sort=receivedAt&order=desc")
  ).find((r) => r.risk === null && r.category !== "insider_threat");
  if (!report) throw new Error("the demo database has no unassessed report");
  return report;
}

/** Records every PATCH the app sends, as the API receives it. */
function capturePatches() {
  return recordRequests((method) => method === "PATCH");
}

describe("editing a report", () => {
  it("a desk officer sets the risk; only that field is sent, with the version it was read at", async () => {
    const report = await unassessedReport();
    const patches = capturePatches();
    const { user } = renderApp(`/reports/${report.id}/show`, { as: "desk" });

    await user.click(await screen.findByRole("link", { name: "Edit" }));
    await screen.findByRole("heading", {
      level: 1,
      name: `Edit ${report.reference}`,
    });
    await user.click(await screen.findByRole("combobox", { name: "Risk" }));
    await user.click(
      await screen.findByRole("option", { name: riskLabels.high }),
    );
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(
      await screen.findByRole("heading", { level: 2, name: "Summary" }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("combobox", { name: "Risk level" }),
    ).toHaveTextContent(riskLabels.high);
    expect(patches).toEqual([
      {
        method: "PATCH",
        path: `/api/reports/${report.id}`,
        ifMatch: `"${report.version}"`,
        body: { risk: "high" },
      },
    ]);
    expect((await reportById(report.id)).risk).toBe("high");
  });

  it("a change made by someone else in the meantime opens the conflict dialog, not an overwrite", async () => {
    const report = await unassessedReport();
    const { user } = renderApp(`/reports/${report.id}/edit`, { as: "desk" });
    await user.click(await screen.findByRole("combobox", { name: "Risk" }));
    await user.click(
      await screen.findByRole("option", { name: riskLabels.low }),
    );

    // A colleague saves first.
    await colleagueChanges(report, { risk: "immediate" });
    await user.click(screen.getByRole("button", { name: "Save" }));

    const dialog = await screen.findByRole("dialog", {
      name: `Someone else changed ${report.reference}`,
    });
    const riskRow = within(dialog)
      .getByRole("rowheader", { name: "Risk" })
      .closest("tr");
    expect(
      within(riskRow!)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["(empty)", "Low", "Immediate"]);
    expect((await reportById(report.id)).risk).toBe("immediate");
  });

  it("an analyst reads a report but is not offered Edit", async () => {
    const report = await unassessedReport();
    renderApp(`/reports/${report.id}/show`, { as: "analyst" });

    const summary = await screen.findByRole("region", { name: "Summary" });
    expect(
      await within(summary).findByText(report.summary),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("link", { name: "Edit" }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: "Save assessment" }),
    ).not.toBeInTheDocument();
  });
});
