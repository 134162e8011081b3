// What each role finds in the menu: the client hides what the server would refuse.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { queueViewLabels, queueViews } from "../../src/domain";
import { renderApp } from "./renderApp";

describe("the menu", () => {
  it("a manager does not see the triage queue, reports or referrals", async () => {
    renderApp("/", { as: "manager" });

    expect(
      await screen.findByRole("menuitem", { name: "Members" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("menuitem", { name: "Assessments" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Ports" })).toBeInTheDocument();
    expect(
      screen.queryByRole("menuitem", { name: /All reports/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("menuitem", { name: /Unassessed/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("menuitem", { name: /Referral register/ }),
    ).not.toBeInTheDocument();
  });

  it("a desk officer sees the queue views in order, then every report and the referral register", async () => {
    renderApp("/", { as: "desk" });

    await screen.findByRole("menuitem", { name: "All reports" });
    const names = screen
      .getAllByRole("menuitem")
      .map((item) => item.textContent?.replace(/[\d,]+$/, "").trim());
    const start = names.indexOf(queueViewLabels[queueViews[0]]);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(names.slice(start, start + queueViews.length + 2)).toEqual([
      ...queueViews.map((view) => queueViewLabels[view]),
      "All reports",
      "Referral register",
    ]);
    expect(names).toEqual(
      expect.arrayContaining(["Members", "Assessments", "Ports"]),
    );
  });
});
