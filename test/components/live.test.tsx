// Live updates: new reports and colleagues' changes are announced, never pushed under the
// officer's cursor; counts follow; an open report says who else is looking and when it changed.
// Other officers act through the real API; the fake EventSource hears the server's live hub.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { QueueCountsSchema } from "../../src/domain";
import { installFakeEventSource } from "./fakeEventSource";
import { jsonAs, requestAs } from "./realApi";
import { findDataRows, renderApp } from "./renderApp";
import {
  colleagueChanges,
  colleagueEntersReport,
  reportById,
  reportInTriage,
} from "./reportFixtures";

async function displayNameOf(username: string): Promise<string> {
  const me = await jsonAs<{ displayName: string }>(username, {
    method: "GET",
    url: "/api/auth/me",
  });
  return me.displayName;
}

/** How many unassessed reports the API counts for the desk officer right now. */
async function unassessedCount(): Promise<number> {
  return QueueCountsSchema.parse(
    await jsonAs("desk", { method: "GET", url: "/api/reports/queues" }),
  ).unassessed;
}

describe("live updates", () => {
  it("new reports show as a banner and in the counts, and the rows change only when asked", async () => {
    installFakeEventSource();
    const unassessed = await unassessedCount();
    const { user: officer } = renderApp("/reports", { as: "desk" });
    const references = async () =>
      (await findDataRows()).map(
        (row) => within(row).getByRole("link").textContent,
      );
    const before = await references();
    await screen.findByRole("menuitem", {
      name: `Unassessed, ${unassessed} reports`,
    });

    // A colleague enters two hotline reports while the officer watches.
    const arrived = [
      await colleagueEntersReport("CS-LIVE-1"),
      await colleagueEntersReport("CS-LIVE-2"),
    ];

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
      expect(arrived.map((report) => report.reference)).toContain(
        within(firstRow!).getByRole("link").textContent,
      ),
    );
  });

  it("an open report shows who else is viewing it and offers a reload when a colleague changes it", async () => {
    installFakeEventSource();
    const report = await reportInTriage();
    const { user: officer } = renderApp(`/reports/${report.id}/show`, {
      as: "desk",
    });
    await screen.findByRole("button", { name: "Save assessment" });

    // The analyst opens the report: their page's presence heartbeat.
    const heartbeat = await requestAs("analyst", {
      method: "PUT",
      url: `/api/reports/${report.id}/viewers`,
    });
    expect(heartbeat.statusCode).toBe(200);
    expect(
      await screen.findByText(
        `Also viewing: ${await displayNameOf("analyst")}`,
      ),
    ).toBeInTheDocument();

    // Another desk officer sets the risk.
    await colleagueChanges(report, { risk: "high" });
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
    expect((await reportById(report.id)).risk).toBe("high");
  });
});
