// A JMSC manager reads PSeMS coverage: the headline share, each nation's figures, the journey
// funnel and the map's legend, compared with what the member register and assessment lists say.
import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { assessmentStates, isCovered } from "../../src/domain";
import { allMembers, countMembers, listAssessments } from "./managerFixtures";
import { apiServer } from "./realApi";
import { renderApp } from "./renderApp";

const emptyLayer = { type: "FeatureCollection", features: [] };

beforeEach(() => {
  // The map's offline base layers are static files, not API calls: an empty layer will do here.
  apiServer.use(http.get("*/geo/:file", () => HttpResponse.json(emptyLayer)));
});

/** The member-list filter for the review states that count as covered. */
const coveredStates = assessmentStates
  .filter(isCovered)
  .map((state) => `assessmentState=${state}`)
  .join("&");

function bodyRows(table: HTMLElement): HTMLElement[] {
  const [, body] = within(table).getAllByRole("rowgroup");
  return within(body!).getAllByRole("row");
}

describe("the coverage page", () => {
  it("shows the share of active members covered overall and by nation", async () => {
    const members = await countMembers("status=active");
    const covered = await countMembers(`status=active&${coveredStates}`);
    const scottish = await countMembers("status=active&nation=Scotland");
    const scottishCovered = await countMembers(
      `status=active&nation=Scotland&${coveredStates}`,
    );
    renderApp("/coverage", { as: "manager" });

    expect(
      await screen.findByText(
        new RegExp(
          `^${covered} of ${members} active members \\(\\d+%\\) hold a current PSeMS assessment`,
        ),
      ),
    ).toBeInTheDocument();

    const byNation = screen.getByRole("table", { name: "Coverage by nation" });
    const scotland = within(byNation).getByRole("row", { name: /^Scotland/ });
    const cells = within(scotland)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual([
      String(scottish),
      String(scottishCovered),
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
    // Active members with a step-4 assessment under way or completed, from the lists.
    const activeIds = new Set(
      (await allMembers("status=active")).map((m) => m.id),
    );
    const stepFour = await listAssessments(
      "step=4&status=completed&status=in_progress&perPage=100",
    );
    expect(stepFour.length).toBeLessThan(100);
    const atStepFour = new Set(
      stepFour.map((a) => a.memberId).filter((id) => activeIds.has(id)),
    );
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
    expect(reached[3]).toBe(atStepFour.size);
  });

  it("the map legend counts ports in each coverage band, in words", async () => {
    const ports = new Map<string, { members: number; covered: number }>();
    for (const m of await allMembers("status=active")) {
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
