// A desk officer refers a report to the port's territorial force in one click, then records the
// force's acknowledgement from the referral register.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import { recordCommands } from "./apiRequests";
import { findDataRows, renderApp } from "./renderApp";
import { reportInTriage } from "./reportFixtures";

describe("referrals", () => {
  it("a desk officer refers a report to its territorial force and records the acknowledgement in the register", async () => {
    const report = reportInTriage();
    const force = mockDb.portById(report.portId)?.territorialPoliceForce;
    if (!force) throw new Error("the report's port has no territorial force");
    const commands = recordCommands();
    const { user } = renderApp(`/reports/${report.id}/show`, { as: "desk" });

    await user.click(
      await screen.findByRole("button", { name: `Refer to ${force}` }),
    );

    const referrals = await screen.findByRole("region", { name: "Referrals" });
    expect(
      await within(referrals).findByText("Awaiting acknowledgement"),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("button", { name: `${force}: already referred` }),
    ).toBeDisabled();
    expect(commands).toEqual([
      {
        method: "POST",
        path: `/api/reports/${report.id}/referrals`,
        ifMatch: null,
        body: { targetKind: "territorial_force", targetName: force },
      },
    ]);

    await user.click(
      screen.getByRole("menuitem", { name: "Referral register" }),
    );
    await screen.findByRole("heading", { level: 1, name: "Referral register" });
    const [row] = await findDataRows();
    expect(
      within(row!).getByRole("link", { name: report.reference }),
    ).toHaveAttribute("href", `#/reports/${report.id}/show`);
    await user.click(
      await within(row!).findByRole("button", {
        name: `Record acknowledgement: ${force}`,
      }),
    );

    await waitFor(() => expect(commands).toHaveLength(2));
    const referral = mockDb.referrals.find((r) => r.reportId === report.id);
    expect(commands[1]).toEqual({
      method: "PATCH",
      path: `/api/referrals/${referral?.id}`,
      ifMatch: '"1"',
      body: { acknowledged: true },
    });
    expect(referral?.acknowledgedAt).not.toBeNull();
    expect(
      await within(row!).findByText("Awaiting outcome"),
    ).toBeInTheDocument();
  });
});
