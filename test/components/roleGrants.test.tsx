// Issue #13 point 2 in the app: an administrator who gives someone the desk role is told another
// administrator must approve it; the accounts list shows the request with Approve and Reject to
// the other administrator, and only the reason to the one who asked.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RoleGrantListResponseSchema, type RoleGrant } from "../../src/domain";
import { recordCommands } from "./apiRequests";
import { accountByUsername } from "./managerFixtures";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";

async function pendingGrants(): Promise<RoleGrant[]> {
  return RoleGrantListResponseSchema.parse(
    await jsonAs("admin2", {
      method: "GET",
      url: "/api/accounts/role-grants?status=pending",
    }),
  ).data;
}

/** The first administrator asks, through the API, for the desk role for the manager. */
async function adminAsksDeskForManager() {
  const manager = await accountByUsername("manager");
  await jsonAs("admin", {
    method: "PATCH",
    url: `/api/accounts/${manager.id}`,
    payload: { roles: ["manager", "desk"] },
    headers: { "if-match": `"${manager.version}"` },
  });
  return manager;
}

describe("role grants", () => {
  it("ticking Desk officer for the manager asks for approval instead of giving it, and the asker cannot approve it", async () => {
    const manager = await accountByUsername("manager");
    const commands = recordCommands();
    const { user } = renderApp(`/accounts/${manager.id}`, { as: "admin" });

    await user.click(
      await screen.findByRole("checkbox", { name: "Desk officer" }),
    );
    await user.click(screen.getByRole("button", { name: "Save" }));

    await screen.findByText(
      "Desk officer role requested for JMSC Manager (demo): another administrator must approve it",
    );
    expect(commands).toEqual([
      {
        method: "PATCH",
        path: `/api/accounts/${manager.id}`,
        ifMatch: `"${manager.version}"`,
        body: { roles: ["manager", "desk"] },
      },
    ]);
    // The account does not have the role: the box is unticked again and the wait is explained.
    await expect
      .poll(() => screen.getByRole("checkbox", { name: "Desk officer" }))
      .not.toBeChecked();
    expect(
      screen.getByText(
        /Waiting for another administrator to approve: Desk officer/,
      ),
    ).toBeInTheDocument();
    expect(await accountByUsername("manager")).toMatchObject({
      roles: ["manager"],
      pendingRoles: ["desk"],
    });

    // On the list, the request shows with the reason this administrator cannot approve it.
    await user.click(screen.getByRole("menuitem", { name: "Accounts" }));
    const panel = await screen.findByRole("region", {
      name: "Pending role grants",
    });
    expect(panel).toHaveTextContent(
      "Desk officer for JMSC Manager (demo) (manager)",
    );
    expect(panel).toHaveTextContent("Asked by System Administrator (demo)");
    expect(panel).toHaveTextContent(
      "You asked for this, so another administrator must approve it.",
    );
    expect(
      within(panel).queryByRole("button", { name: /^Approve/ }),
    ).not.toBeInTheDocument();
  });

  it("the second administrator approves from the accounts list, and the manager then has the desk role", async () => {
    const manager = await adminAsksDeskForManager();
    const [grant] = await pendingGrants();
    const commands = recordCommands();
    const { user } = renderApp("/accounts", { as: "admin2" });

    const panel = await screen.findByRole("region", {
      name: "Pending role grants",
    });
    await user.click(
      within(panel).getByRole("button", {
        name: "Approve Desk officer for JMSC Manager (demo)",
      }),
    );

    await screen.findByText("JMSC Manager (demo) now has Desk officer");
    expect(commands).toEqual([
      {
        method: "POST",
        path: `/api/accounts/role-grants/${grant!.id}/approval`,
        ifMatch: null,
        body: null,
      },
    ]);
    await expect
      .poll(() => screen.queryByRole("region", { name: "Pending role grants" }))
      .toBeNull();
    expect(await accountByUsername("manager")).toMatchObject({
      id: manager.id,
      roles: ["manager", "desk"],
      pendingRoles: [],
    });
  });

  it("rejecting by keyboard leaves the manager's roles as they were", async () => {
    await adminAsksDeskForManager();
    const { user } = renderApp("/accounts", { as: "admin2" });

    const panel = await screen.findByRole("region", {
      name: "Pending role grants",
    });
    within(panel)
      .getByRole("button", {
        name: "Reject Desk officer for JMSC Manager (demo)",
      })
      .focus();
    await user.keyboard("{Enter}");

    await screen.findByText(
      "Request rejected: JMSC Manager (demo) keeps the roles they had",
    );
    expect(await pendingGrants()).toEqual([]);
    expect((await accountByUsername("manager")).roles).toEqual(["manager"]);
  });
});
