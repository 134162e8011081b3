// What each role finds in the menu: the client hides what the server would refuse.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./renderApp";

describe("the menu", () => {
  it("a manager does not see the Reports menu item", async () => {
    renderApp("/", { as: "manager" });

    expect(
      await screen.findByRole("menuitem", { name: "Members" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("menuitem", { name: "Assessments" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Ports" })).toBeInTheDocument();
    expect(
      screen.queryByRole("menuitem", { name: "Reports" }),
    ).not.toBeInTheDocument();
  });

  it("a desk officer sees Reports first, then the other resources", async () => {
    renderApp("/", { as: "desk" });

    await screen.findByRole("menuitem", { name: "Reports" });
    expect(
      screen.getAllByRole("menuitem").map((item) => item.textContent),
    ).toEqual(["Reports", "Members", "Assessments", "Ports"]);
  });
});
