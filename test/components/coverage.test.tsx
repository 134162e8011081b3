// A JMSC manager reads PSeMS coverage: the headline share, each nation's figures, the journey
// funnel and the map's legend, all from the mock API's aggregates over the demo register.
import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { mockDb, mockServer } from "../../mocks/node";
import { isCovered, type Member } from "../../src/domain";
import { renderApp } from "./renderApp";

const emptyLayer = { type: "FeatureCollection", features: [] };

beforeEach(() => {
  // The map's offline base layers are static files, not API calls: an empty layer will do here.
  mockServer.use(http.get("*/geo/:file", () => HttpResponse.json(emptyLayer)));
});

function active(): Member[] {
  return mockDb.members.filter((m) => m.status === "active");
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  const [, body] = within(table).getAllByRole("rowgroup");
  return within(body!).getAllByRole("row");
}

describe("the coverage page", () => {
  it("shows the share of active members covered overall and by nation", async () => {
    const members = active();
    const covered = members.filter((m) => isCovered(m.assessmentState));
    renderApp("/coverage", { as: "manager" });

    expect(
      await screen.findByText(
        new RegExp(
          `^${covered.length} of ${members.length} active members \\(\\d+%\\) hold a current PSeMS assessment`,
        ),
      ),
    ).toBeInTheDocument();

    const byNation = screen.getByRole("table", { name: "Coverage by nation" });
    const scottish = members.filter(
      (m) => mockDb.portById(m.portId)?.nation === "Scotland",
    );
    const scotland = within(byNation).getByRole("row", { name: /^Scotland/ });
    const cells = within(scotland)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual([
      String(scottish.length),
      String(scottish.filter((m) => isCovered(m.assessmentState)).length),
    ]);
    // Least covered first, so the gaps come first.
    const shares = bodyRows(byNation).map((row) =>
      Number(
        within(row).getAllByRole("cell")[2]?.textContent?.replace("%", ""),
      ),
    );
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it("shows the four-step funnel with the framework's step names, narrowing step by step", async () => {
    renderApp("/coverage", { as: "manager" });
    const funnel = await screen.findByRole("table", {
      name: "The four-step journey",
    });
    const rows = bodyRows(funnel);
    expect(
      rows.map((row) => within(row).getByRole("rowheader").textContent),
    ).toEqual([
      "1 — Self-help GAP analysis",
      "2 — Improvement plan",
      "3 — Independent review",
      "4 — On-site evaluation",
    ]);
    const reached = rows.map((row) =>
      Number(
        /\((\d+) of/.exec(
          within(row).getAllByRole("cell")[0]!.textContent!,
        )![1],
      ),
    );
    expect(reached).toEqual([...reached].sort((a, b) => b - a));
    const atStepFour = new Set(
      mockDb.assessments
        .filter(
          (a) =>
            a.step === 4 &&
            (a.status === "completed" || a.status === "in_progress") &&
            active().some((m) => m.id === a.memberId),
        )
        .map((a) => a.memberId),
    );
    expect(reached[3]).toBe(atStepFour.size);
  });

  it("the map legend counts ports in each coverage band, in words", async () => {
    const ports = new Map<string, { members: number; covered: number }>();
    for (const m of active()) {
      const port = ports.get(m.portId) ?? { members: 0, covered: 0 };
      port.members += 1;
      if (isCovered(m.assessmentState)) port.covered += 1;
      ports.set(m.portId, port);
    }
    const none = [...ports.values()].filter((p) => p.covered === 0).length;
    renderApp("/coverage", { as: "manager" });

    const legend = await screen.findByRole("list", {
      name: "Map legend: ports by coverage",
    });
    expect(
      within(legend).getByText(`No member covered: ${none} ports`),
    ).toBeInTheDocument();
    const table = screen.getByRole("table", {
      name: "Coverage of each port with active members",
    });
    expect(bodyRows(table)).toHaveLength(ports.size);
  });

  it("is not offered to the desk, whom the API refuses", async () => {
    renderApp("/coverage", { as: "desk" });
    expect(
      await screen.findByText(
        "Coverage figures are for JMSC managers and administrators.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("menuitem", { name: "PSeMS coverage" }),
    ).toBeNull();
  });
});
