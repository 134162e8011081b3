// An administrator manages accounts: who can sign in, with which roles; passwords the server
// refuses are explained next to the field; disabling asks first and carries If-Match.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { accountState } from "../../mocks/handlers/mockAccounts";
import { mockDb } from "../../mocks/node";
import { recordCommands } from "./apiRequests";
import { findDataRows, renderApp } from "./renderApp";

function demoUser(username: string) {
  const user = mockDb.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
}

describe("accounts", () => {
  it("an administrator sees every account with its roles, status and authenticator", async () => {
    renderApp("/accounts", { as: "admin" });

    await screen.findByRole("heading", { level: 1, name: "Accounts" });
    const rows = await findDataRows();
    expect(rows).toHaveLength(mockDb.users.length);
    const deskRow = rows.find((row) =>
      within(row).queryByRole("link", { name: "desk" }),
    );
    expect(deskRow).toBeDefined();
    const cells = within(deskRow!)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      "desk",
      "Desk Officer (demo)",
      "Desk officer",
      "Active",
      "No",
    ]);
  });

  it("a desk officer has no accounts, audit log or settings in the menu", async () => {
    renderApp("/", { as: "desk" });

    await screen.findByRole("menuitem", { name: "All reports" });
    expect(
      screen.queryByRole("menuitem", { name: "Accounts" }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("menuitem", { name: "Audit log" }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("menuitem", { name: "Settings" }),
    ).not.toBeInTheDocument();
  });

  it("a common password is refused with the server's reason under the password field; a good one creates the account", async () => {
    const commands = recordCommands();
    const { user } = renderApp("/accounts/create", { as: "admin" });

    await user.type(
      await screen.findByRole("textbox", { name: "Username" }),
      "pc.jones",
    );
    await user.type(
      screen.getByRole("textbox", { name: "Name" }),
      "PC Sam Jones",
    );
    await user.click(screen.getByRole("checkbox", { name: "Desk officer" }));
    const password = screen.getByLabelText(/^Password/, { selector: "input" });
    await user.type(password, "qwerty123456");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await expect
      .poll(() => password)
      .toHaveAccessibleDescription(
        /this password is on a list of common or breached passwords/,
      );
    expect(mockDb.users.some((u) => u.username === "pc.jones")).toBe(false);

    await user.clear(password);
    await user.type(password, "lantern quarry biscuit 58");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await screen.findByRole("link", { name: "pc.jones" });
    expect(commands.at(-1)).toMatchObject({
      method: "POST",
      path: "/api/accounts",
      body: {
        username: "pc.jones",
        displayName: "PC Sam Jones",
        roles: ["desk"],
      },
    });
  });

  it("disabling an account says it ends their sessions at once, then sends the change with If-Match", async () => {
    const target = demoUser("desk2");
    const commands = recordCommands();
    const { user } = renderApp(`/accounts/${target.id}`, { as: "admin" });

    await user.click(
      await screen.findByRole("button", { name: "Disable account" }),
    );
    const dialog = await screen.findByRole("dialog", {
      name: `Disable ${target.displayName}'s account?`,
    });
    expect(dialog).toHaveTextContent("They are signed out everywhere at once");
    await user.click(
      within(dialog).getByRole("button", { name: "Disable account" }),
    );

    await screen.findByRole("button", { name: "Re-enable account" });
    await screen.findByText("Disabled");
    expect(commands).toEqual([
      {
        method: "PATCH",
        path: `/api/accounts/${target.id}`,
        ifMatch: '"1"',
        body: { disabled: true },
      },
    ]);
  });

  it("resetting a password sends it with the version the administrator saw", async () => {
    const target = demoUser("analyst");
    const commands = recordCommands();
    const { user } = renderApp(`/accounts/${target.id}`, { as: "admin" });

    await user.click(
      await screen.findByRole("button", { name: "Reset password" }),
    );
    const dialog = await screen.findByRole("dialog", {
      name: `Reset ${target.displayName}'s password`,
    });
    await user.type(
      within(dialog).getByLabelText(/^New password/, { selector: "input" }),
      "harbour kettle violet 31",
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Reset password" }),
    );

    await screen.findByText("Password reset; their sessions have ended");
    expect(commands).toEqual([
      {
        method: "POST",
        path: `/api/accounts/${target.id}/password`,
        ifMatch: '"1"',
        body: { password: "harbour kettle violet 31" },
      },
    ]);
  });

  it("resetting a lost authenticator asks first, then removes it with the version the administrator saw", async () => {
    const target = demoUser("analyst");
    Object.assign(accountState(mockDb, target.id), {
      totpSecret: "JBSWY3DPEHPK3PXP",
    });
    const commands = recordCommands();
    const { user } = renderApp(`/accounts/${target.id}`, { as: "admin" });

    await user.click(
      await screen.findByRole("button", { name: "Reset authenticator" }),
    );
    const dialog = await screen.findByRole("dialog", {
      name: `Reset ${target.displayName}'s authenticator?`,
    });
    expect(dialog).toHaveTextContent("their sessions end at once");
    await user.click(
      within(dialog).getByRole("button", { name: "Reset authenticator" }),
    );

    await screen.findByText(
      "Authenticator reset; they set up a new one at their next sign-in",
    );
    expect(commands).toEqual([
      {
        method: "DELETE",
        path: `/api/accounts/${target.id}/mfa`,
        ifMatch: '"1"',
        body: null,
      },
    ]);
    // Nothing left to reset: the button goes once the account has no authenticator.
    await expect
      .poll(() => screen.queryByRole("button", { name: "Reset authenticator" }))
      .toBeNull();
  });
});
