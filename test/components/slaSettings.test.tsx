// An administrator changes the SLA policy; a value the contract refuses is explained next to
// its field before anything is sent.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import { recordCommands } from "./apiRequests";
import { renderApp } from "./renderApp";

describe("SLA settings", () => {
  it("an administrator shortens the time to assess; zero minutes is refused next to the field", async () => {
    const commands = recordCommands();
    const { user } = renderApp("/", { as: "admin" });

    await user.click(await screen.findByRole("menuitem", { name: "Settings" }));
    await screen.findByRole("heading", { level: 1, name: "SLA settings" });
    const assess = await screen.findByRole("spinbutton", {
      name: "Assess within (minutes)",
    });
    expect(assess).toHaveValue(60);

    await user.clear(assess);
    await user.type(assess, "0");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await expect
      .poll(() => assess)
      .toHaveAccessibleDescription("enter at least 1 minute");
    expect(commands).toEqual([]);

    await user.clear(assess);
    await user.type(assess, "30");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("SLA settings saved; running clocks restarted");
    expect(commands).toEqual([
      {
        method: "PUT",
        path: "/api/settings/sla",
        ifMatch: null,
        body: { ...mockDb.slaPolicy, assessWithinMinutes: 30 },
      },
    ]);
    expect(mockDb.slaPolicy.assessWithinMinutes).toBe(30);
  });
});
