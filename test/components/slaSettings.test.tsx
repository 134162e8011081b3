// An administrator changes the SLA policy; a value the contract refuses is explained next to
// its field before anything is sent.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SlaPolicySchema, type SlaPolicy } from "../../src/domain";
import { recordCommands } from "./apiRequests";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";

/** The SLA policy the server holds, as the desk reads it. */
async function storedSlaPolicy(): Promise<SlaPolicy> {
  return SlaPolicySchema.parse(
    await jsonAs("desk", { method: "GET", url: "/api/settings/sla" }),
  );
}

describe("SLA settings", () => {
  it("an administrator shortens the time to assess; zero minutes is refused next to the field", async () => {
    const before = await storedSlaPolicy();
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
        body: { ...before, assessWithinMinutes: 30 },
      },
    ]);
    expect(await storedSlaPolicy()).toEqual({
      ...before,
      assessWithinMinutes: 30,
    });
  });
});
