// The analyst's map: every port with reports in the window drawn from the API's aggregate, the
// same figures in the table, a port's side panel, force shading, and cross-port patterns with
// their review and the way to their reports.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MemberListResponseSchema } from "../../src/domain";
import { recordRequests } from "./apiRequests";
import {
  newestReportAt,
  portById,
  presetInstants,
  recordGets,
  reportCountsByPort,
  reportsWithIds,
  setUpAnalyticsTests,
} from "./mapTestSupport";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";

setUpAnalyticsTests();

async function portName(id: string): Promise<string> {
  return (await portById(id)).name;
}

/** The members at a port as the API lists them by name (the panel's order), and how many. */
async function membersAt(portId: string) {
  return MemberListResponseSchema.parse(
    await jsonAs("analyst", {
      method: "GET",
      url: `/api/members?portId=${portId}&sort=name&order=asc&perPage=50`,
    }),
  );
}

function portsTable() {
  return screen.findByRole("table", { name: /^Reports by port and category/ });
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole("row").slice(1);
}

describe("the map", () => {
  it("draws a ring for every port with reports in the last 90 days, and lists them in the table, busiest first", async () => {
    const expected = await reportCountsByPort(presetInstants("90"));
    renderApp("/map", { as: "analyst" });

    const table = await portsTable();
    const [busiestId, busiestCount] = expected[0]!;
    const busiestName = await portName(busiestId);
    const marker = await screen.findByTitle(
      `${busiestName}: ${busiestCount} reports`,
    );
    expect(marker).toHaveClass("portsafe-port-marker");
    expect(document.querySelectorAll(".portsafe-port-marker")).toHaveLength(
      expected.length,
    );

    const rows = bodyRows(table);
    expect(rows).toHaveLength(expected.length);
    expect(within(rows[0]!).getByRole("rowheader")).toHaveTextContent(
      busiestName,
    );
    expect(within(rows[0]!).getAllByRole("cell")[2]).toHaveTextContent(
      String(busiestCount),
    );
    // The licences of the offline base map are credited on the map itself.
    expect(
      document.querySelector(".leaflet-control-attribution"),
    ).toHaveTextContent(
      /Office for National Statistics.*Open Government Licence v\.3\.0/,
    );
  });

  it("opens a port's panel from the table: forces, members with PSeMS status, counts and newest reports", async () => {
    const window = presetInstants("90");
    const [portId, count] = (await reportCountsByPort(window))[0]!;
    const port = await portById(portId);
    const { user } = renderApp("/map", { as: "analyst" });

    // The ports table is the keyboard way to a port's panel (in jsdom, Leaflet cannot place a
    // mouse click: the end-to-end journey clicks the ring itself).
    const table = await portsTable();
    expect(
      screen.getByTitle(`${port.name}: ${count} reports`),
    ).toBeInTheDocument();
    await user.click(within(table).getByRole("button", { name: port.name }));

    const panel = await screen.findByRole("region", { name: port.name });
    expect(
      within(panel).getByText(port.territorialPoliceForce),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(`Reports in the window: ${count}`),
    ).toBeInTheDocument();
    const members = await membersAt(portId);
    if (members.data[0]) {
      expect(
        await within(panel).findByRole("link", { name: members.data[0].name }),
      ).toBeInTheDocument();
      expect(within(panel).getAllByText(/PSeMS: /).length).toBe(members.total);
    }
    const newest = await newestReportAt(portId, window);
    expect(
      await within(panel).findByRole("link", { name: newest.reference }),
    ).toHaveAttribute("href", `#/reports/${newest.id}/show`);
  });

  it("shows a manager a port's aggregates with small counts suppressed, and no reports", async () => {
    const expected = await reportCountsByPort(presetInstants("90"));
    const [portId] = expected.find(([, n]) => n >= 5)!;
    const name = await portName(portId);
    const { user } = renderApp("/map", { as: "manager" });

    const table = await portsTable();
    expect(
      screen.getByText(/shown as <5/, { selector: "p" }),
    ).toBeInTheDocument();
    expect(within(table).getAllByText("<5").length).toBeGreaterThan(0);
    await user.click(within(table).getByRole("button", { name }));
    const panel = await screen.findByRole("region", { name });
    expect(
      within(panel).getByText("PortSafe members and PSeMS status"),
    ).toBeInTheDocument();
    expect(within(panel).queryByText("Newest reports")).not.toBeInTheDocument();
    expect(
      screen.queryByRole("heading", { name: "Cross-port patterns" }),
    ).not.toBeInTheDocument();
  });

  it("shades police force areas with a legend in numbers and a table of forces", async () => {
    const { user } = renderApp("/map", { as: "analyst" });
    await portsTable();

    await user.click(screen.getByLabelText("Shade police force areas"));

    const legend = await screen.findByText(
      /Police force areas shaded by reports/,
    );
    const classes = within(legend.closest("figure")!).getAllByRole("listitem");
    expect(classes.map((c) => c.textContent)).toEqual(
      expect.arrayContaining(["No ports policed"]),
    );
    expect(classes.some((c) => /^\d+–\d+$/.test(c.textContent ?? ""))).toBe(
      true,
    );
    const forces = screen.getByRole("table", {
      name: /each territorial force polices/,
    });
    expect(within(forces).getByText("Kent Police")).toBeInTheDocument();
  });

  it("lists cross-port patterns, draws the chosen one, records a review and follows it to its reports", async () => {
    const reviews = recordRequests(
      (method, path) => method === "POST" && path.startsWith("/api/patterns/"),
    );
    const listReads = recordGets("/api/reports");
    const { user } = renderApp("/map", { as: "analyst" });

    const heading = await screen.findByRole("heading", {
      name: "MV Northern Tern named at 4 ports",
    });
    const item = heading.closest("li")!;
    await user.click(within(item).getByRole("button", { name: "Show on map" }));
    await waitFor(() =>
      expect(
        document.querySelector(
          'path.leaflet-interactive[stroke-dasharray="10 6"]',
        ),
      ).not.toBeNull(),
    );

    await user.click(
      within(item).getByRole("button", { name: /^Review MV Northern Tern/ }),
    );
    const dialog = await screen.findByRole("dialog", {
      name: "Review this pattern",
    });
    await user.type(
      within(dialog).getByRole("textbox", { name: "Note" }),
      "Passed to NCA",
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Mark reviewed" }),
    );
    await waitFor(() => expect(reviews).toHaveLength(1));
    expect(reviews[0]!.body).toMatchObject({
      status: "reviewed",
      note: "Passed to NCA",
    });
    expect(await within(item).findByText("Reviewed")).toBeInTheDocument();

    // Following the pattern lists exactly its reports: the list asks for them by id and names
    // the filter after the pattern, as an active filter that can be removed.
    const follow = within(item).getByRole("button", {
      name: /^Open the reports of MV Northern Tern/,
    });
    const reportCount = Number(/\d+/.exec(follow.textContent ?? "")![0]);
    await user.click(follow);
    await waitFor(() =>
      expect(listReads.some((url) => url.searchParams.has("id"))).toBe(true),
    );
    const ids = listReads
      .find((url) => url.searchParams.has("id"))!
      .searchParams.getAll("id");
    expect(ids).toHaveLength(reportCount);
    const named = await reportsWithIds(ids);
    expect(named).toHaveLength(reportCount);
    for (const report of named)
      expect(report.text).toContain("MV Northern Tern");
    expect(
      await screen.findByText(
        `Reports of pattern: MV Northern Tern named at 4 ports (${reportCount})`,
      ),
    ).toBeInTheDocument();
    const table = await screen.findByRole("table");
    await waitFor(() =>
      expect(bodyRows(table)).toHaveLength(Math.min(reportCount, 25)),
    );
    const references = new Set(named.map((r) => r.reference));
    for (const row of bodyRows(table))
      expect(
        references.has(within(row).getAllByRole("cell")[0]!.textContent ?? ""),
      ).toBe(true);

    await user.click(screen.getByTitle("Remove this filter"));
    await waitFor(() =>
      expect(
        screen.queryByText(/^Reports of pattern:/),
      ).not.toBeInTheDocument(),
    );
    await waitFor(async () =>
      expect(bodyRows(await screen.findByRole("table"))).toHaveLength(25),
    );
  });
});
