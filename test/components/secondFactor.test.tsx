// Signing in with a second factor, as outside demo mode: after the password, a code from the
// authenticator app (or a recovery code); the first time, setting the app up. The real API runs
// here as outside demo mode, where every account must use a second factor.
import { screen, within } from "@testing-library/react";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../server/db/schema";
import { demoPassword } from "../../server/seed/demoSeed";
import { CurrentUserSchema, type CurrentUser } from "../../src/domain";
import { currentTotpCode, enrolAuthenticator } from "./authenticatorFixtures";
import { apiDatabase, configureRealApi, signInAs } from "./realApi";
import { renderApp } from "./renderApp";

configureRealApi({ PORTSAFE_DEMO: false });

/** Who the browser's session says is signed in, and how far through the second factor. */
async function browserSession(): Promise<CurrentUser> {
  const response = await fetch(`${window.location.origin}/api/auth/me`);
  return CurrentUserSchema.parse(await response.json());
}

/** Whether the server holds an authenticator for the account. */
async function hasAuthenticator(username: string): Promise<boolean> {
  const [row] = await apiDatabase()
    .select({ totpSecret: users.totpSecret })
    .from(users)
    .where(eq(users.username, username));
  return Boolean(row?.totpSecret);
}

async function enterPassword(
  user: ReturnType<typeof renderApp>["user"],
  username: string,
) {
  await user.type(await screen.findByLabelText(/Username/), username);
  await user.type(
    screen.getByLabelText(/Password/, { selector: "input" }),
    demoPassword,
  );
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("the second factor at sign-in", () => {
  it("asks an enrolled officer for a code, explains a wrong one next to the field, and takes a recovery code", async () => {
    const { recoveryCodes } = await enrolAuthenticator("desk");
    const { user } = renderApp("/");

    await enterPassword(user, "desk");
    expect(
      await screen.findByRole("heading", { name: "Enter your code" }),
    ).toHaveFocus();
    expect(
      screen.getByText(
        "Enter the 6-digit code from your authenticator app, or a recovery code.",
      ),
    ).toBeInTheDocument();
    const code = screen.getByRole("textbox", { name: "Code" });

    await user.type(code, "000000");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    await expect
      .poll(() => code)
      .toHaveAccessibleDescription(
        /that code is not right or was already used/,
      );
    expect(
      screen.queryByRole("menuitem", { name: "All reports" }),
    ).not.toBeInTheDocument();

    await user.clear(code);
    await user.type(code, recoveryCodes[0]!);
    await user.click(screen.getByRole("button", { name: "Verify" }));
    await screen.findByRole("menuitem", { name: "All reports" });
    expect(await browserSession()).toMatchObject({
      username: "desk",
      mfa: "done",
    });
  });

  it("sets up an authenticator for an officer who has none: QR code and key, a first code, then the recovery codes once", async () => {
    expect(await hasAuthenticator("analyst")).toBe(false);
    const { user } = renderApp("/");

    await enterPassword(user, "analyst");
    await screen.findByRole("heading", {
      name: "Set up your authenticator app",
    });
    await user.click(screen.getByRole("button", { name: "Continue" }));

    await screen.findByRole("img", {
      name: "QR code to scan with your authenticator app",
    });
    const key = screen
      .getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/)
      .textContent!.replaceAll(" ", "");
    const code = screen.getByRole("textbox", { name: "Code" });
    await user.type(code, "12345");
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    await expect
      .poll(() => code)
      .toHaveAccessibleDescription(
        /enter the 6-digit code from your authenticator app/,
      );

    await user.clear(code);
    await user.type(code, currentTotpCode(key));
    await user.click(screen.getByRole("button", { name: "Confirm" }));

    expect(
      await screen.findByRole("heading", { name: "Save your recovery codes" }),
    ).toHaveFocus();
    const codes = within(
      screen.getByRole("list", { name: "Recovery codes" }),
    ).getAllByRole("listitem");
    expect(codes).toHaveLength(10);
    expect(
      screen.queryByRole("menuitem", { name: "All reports" }),
    ).not.toBeInTheDocument();

    await user.click(
      screen.getByRole("button", { name: "I have saved these" }),
    );
    await screen.findByRole("menuitem", { name: "All reports" });
    expect(await hasAuthenticator("analyst")).toBe(true);
    expect(await browserSession()).toMatchObject({
      username: "analyst",
      mfa: "done",
    });
  });

  it("after a reload half-way through, the app is still closed and the login page resumes at the code", async () => {
    await enrolAuthenticator("desk");
    // The browser got as far as the right password before the reload.
    await signInAs("desk");
    expect((await browserSession()).mfa).toBe("verify");
    renderApp("/reports");

    await screen.findByRole("heading", { name: "Enter your code" });
    expect(
      screen.queryByRole("menuitem", { name: "All reports" }),
    ).not.toBeInTheDocument();
    // The half-finished session survives the trip to the login page.
    expect(await browserSession()).toMatchObject({
      username: "desk",
      mfa: "verify",
    });
  });
});
