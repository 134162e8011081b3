// An administrator manages accounts: who can sign in, with which roles; passwords the server
// refuses are explained next to the field; disabling asks first and carries If-Match.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../server/seed/demoSeed";
import { recordCommands } from "./apiRequests";
import { enrolAuthenticator } from "./authenticatorFixtures";
import { accountByUsername, allAccounts } from "./managerFixtures";
import { apiApp } from "./realApi";
import { findDataRows, renderApp } from "./renderApp";

/** Whether the real API lets the user sign in with this password now. */
async function canSignIn(username: string, password: string) {
  const response = await apiApp().inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
  });
  return response.statusCode === 200;
}

describe("accounts", () => {
  it("an administrator sees every account with its roles, status and authenticator", async () => {
    const accounts = await allAccounts();
    renderApp("/accounts", { as: "admin" });

    await screen.findByRole("heading", { level: 1, name: "Accounts" });
    const rows = await findDataRows();
    expect(rows).toHaveLength(accounts.length);
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

  it("a common password is refused with the server's reason under the password field; a good one creates the account, its desk role waiting for approval", async () => {
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
    expect((await allAccounts()).map((a) => a.username)).not.toContain(
      "pc.jones",
    );

    await user.clear(password);
    await user.type(password, "lantern quarry biscuit 58");
    await user.click(screen.getByRole("button", { name: "Save" }));

    // The desk role reads reports: a second administrator must approve it (roleGrants.test.tsx).
    await screen.findByText(
      "Desk officer role requested for PC Sam Jones: another administrator must approve it",
    );
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
    expect(await accountByUsername("pc.jones")).toMatchObject({
      displayName: "PC Sam Jones",
      roles: [],
      pendingRoles: ["desk"],
      disabled: false,
    });
    expect(await canSignIn("pc.jones", "lantern quarry biscuit 58")).toBe(true);
  });

  it("disabling an account says it ends their sessions at once, then sends the change with If-Match", async () => {
    const target = await accountByUsername("desk2");
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
        ifMatch: `"${target.version}"`,
        body: { disabled: true },
      },
    ]);
    expect((await accountByUsername("desk2")).disabled).toBe(true);
  });

  it("resetting a password sends it with the version the administrator saw", async () => {
    const target = await accountByUsername("analyst");
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
        ifMatch: `"${target.version}"`,
        body: { password: "harbour kettle violet 31" },
      },
    ]);
    expect(await canSignIn("analyst", "harbour kettle violet 31")).toBe(true);
    expect(await canSignIn("analyst", demoPassword)).toBe(false);
  });

  it("resetting a lost authenticator asks first, then removes it with the version the administrator saw", async () => {
    // The analyst set up an authenticator app at an earlier sign-in.
    await enrolAuthenticator("analyst");
    const target = await accountByUsername("analyst");
    expect(target.mfaEnrolled).toBe(true);
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
        ifMatch: `"${target.version}"`,
        body: null,
      },
    ]);
    expect((await accountByUsername("analyst")).mfaEnrolled).toBe(false);
    // Nothing left to reset: the button goes once the account has no authenticator.
    await expect
      .poll(() => screen.queryByRole("button", { name: "Reset authenticator" }))
      .toBeNull();
  });
});
