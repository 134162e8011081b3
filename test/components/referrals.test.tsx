// A desk officer refers a report to the port's territorial force in one click, then records the
// force's acknowledgement from the referral register.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PortSchema, ReferralListResponseSchema } from "../../src/domain";
import { recordCommands } from "./apiRequests";
import { jsonAs } from "./realApi";
import { findDataRows, renderApp } from "./renderApp";
import { reportInTriage } from "./reportFixtures";

/** The report's referrals, as the register's API holds them. */
async function referralsOf(reportId: string) {
  return ReferralListResponseSchema.parse(
    await jsonAs("desk", {
      method: "GET",
      url: `/api/referrals?reportId=${reportId}`,
    }),
  ).data;
}

describe("referrals", () => {
  it("a desk officer refers a report to its territorial force and records the acknowledgement in the register", async () => {
    const report = await reportInTriage();
    const port = PortSchema.parse(
      await jsonAs("desk", {
        method: "GET",
        url: `/api/ports/${report.portId}`,
      }),
    );
    const force = port.territorialPoliceForce;
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
    expect(
      (await referralsOf(report.id)).map((r) => [r.targetName, r.state]),
    ).toEqual([[force, "awaiting_acknowledgement"]]);

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
    // What the server stored: the one referral, now acknowledged.
    await waitFor(async () =>
      expect((await referralsOf(report.id))[0]?.acknowledgedAt).toBeTruthy(),
    );
    const stored = await referralsOf(report.id);
    expect(stored).toHaveLength(1);
    expect(commands[1]).toEqual({
      method: "PATCH",
      path: `/api/referrals/${stored[0]?.id}`,
      ifMatch: '"1"',
      body: { acknowledged: true },
    });
    expect(
      await within(row!).findByText("Awaiting outcome"),
    ).toBeInTheDocument();
  });
});
