// Live updates: new reports and colleagues' changes are announced, never pushed under the
// officer's cursor; counts follow; an open report says who else is looking and when it changed.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import type { Report } from "../../src/domain";
import { installFakeEventSource } from "./fakeEventSource";
import { findDataRows, renderApp } from "./renderApp";
import { colleagueChanges, reportInTriage } from "./reportFixtures";

function user(username: string) {
  const found = mockDb.users.find((u) => u.username === username);
  if (!found) throw new Error(`no demo user ${username}`);
  return found;
}

/** A report arrives from the Crimestoppers feed while the officer watches. */
function reportArrives(index: number): Report {
  const template = mockDb.reports.find((r) => r.status === "new")!;
  const arrived: Report = {
    ...template,
    id: crypto.randomUUID(),
    reference: `PS-2026-99999${index}`,
    externalRef: `CS-LIVE-${index}`,
    receivedAt: mockDb.now().toISOString(),
    assigneeId: null,
    version: 1,
  };
  mockDb.reports.push(arrived);
  mockDb.emitLive({
    type: "report.created",
    id: arrived.id,
    reference: arrived.reference,
    actorId: null,
  });
  return arrived;
}

describe("live updates", () => {
  it("new reports show as a banner and in the counts, and the rows change only when asked", async () => {
    installFakeEventSource();
    const unassessed = mockDb.reports.filter((r) => r.status === "new").length;
    const { user: officer } = renderApp("/reports", { as: "desk" });
    const references = async () =>
      (await findDataRows()).map(
        (row) => within(row).getByRole("link").textContent,
      );
    const before = await references();
    await screen.findByRole("menuitem", {
      name: `Unassessed, ${unassessed} reports`,
    });

    reportArrives(1);
    reportArrives(2);

    expect(await screen.findByText("2 new reports")).toBeInTheDocument();
    expect(await references()).toEqual(before);
    expect(
      await screen.findByRole("menuitem", {
        name: `Unassessed, ${unassessed + 2} reports`,
      }),
    ).toBeInTheDocument();

    await officer.click(screen.getByRole("button", { name: "Show" }));

    await waitFor(() =>
      expect(screen.queryByText("2 new reports")).not.toBeInTheDocument(),
    );
    const [firstRow] = await findDataRows();
    await waitFor(() =>
      expect(within(firstRow!).getByRole("link").textContent).toMatch(
        /^PS-2026-99999[12]$/,
      ),
    );
  });

  it("an open report shows who else is viewing it and offers a reload when a colleague changes it", async () => {
    installFakeEventSource();
    const report = reportInTriage();
    const { user: officer } = renderApp(`/reports/${report.id}/show`, {
      as: "desk",
    });
    await screen.findByRole("button", { name: "Save assessment" });

    mockDb.addViewer(report.id, "analyst");
    expect(
      await screen.findByText(`Also viewing: ${user("analyst").displayName}`),
    ).toBeInTheDocument();

    const theirs = colleagueChanges(report, { risk: "high" });
    mockDb.emitLive({
      type: "report.changed",
      id: report.id,
      version: theirs.version,
      actorId: user("analyst").id,
    });
    expect(
      await screen.findByText(
        "Someone else changed this report since you opened it.",
      ),
    ).toBeInTheDocument();

    await officer.click(screen.getByRole("button", { name: "Reload" }));

    await waitFor(() =>
      expect(
        screen.queryByText(
          "Someone else changed this report since you opened it.",
        ),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.getByRole("combobox", { name: "Risk level" }),
    ).toHaveTextContent("High");
  });
});
