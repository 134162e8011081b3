// Signing in with a second factor, as outside demo mode: after the password, a code from the
// authenticator app (or a recovery code); the first time, setting the app up. The mock API is
// demo mode, so each test makes its login answer as the real server would for such an account.
import { screen, within } from "@testing-library/react";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import { mockDb, mockServer } from "../../mocks/node";
import {
  currentTotpCode,
  enrolMockAuthenticator,
  startSecondFactor,
} from "../../mocks/handlers/mfa";
import { contractResponse } from "../../mocks/handlers/contractResponse";
import { CurrentUserSchema } from "../../src/domain";
import { renderApp } from "./renderApp";

/** The server's answer to a right password when the account needs a second factor. */
function loginNeedsSecondFactor(username: string): void {
  mockServer.use(
    http.post("*/api/auth/login", () =>
      contractResponse(CurrentUserSchema, startSecondFactor(mockDb, username)),
    ),
  );
}

async function enterPassword(
  user: ReturnType<typeof renderApp>["user"],
  username: string,
) {
  await user.type(await screen.findByLabelText(/Username/), username);
  await user.type(
    screen.getByLabelText(/Password/, { selector: "input" }),
    "portsafe-demo",
  );
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("the second factor at sign-in", () => {
  it("asks an enrolled officer for a code, explains a wrong one next to the field, and takes a recovery code", async () => {
    const { recoveryCodes } = enrolMockAuthenticator(mockDb, "desk");
    loginNeedsSecondFactor("desk");
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
  });

  it("sets up an authenticator for an officer who has none: QR code and key, a first code, then the recovery codes once", async () => {
    loginNeedsSecondFactor("analyst");
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
  });

  it("after a reload half-way through, the app is still closed and the login page resumes at the code", async () => {
    enrolMockAuthenticator(mockDb, "desk");
    startSecondFactor(mockDb, "desk");
    renderApp("/reports");

    await screen.findByRole("heading", { name: "Enter your code" });
    expect(
      screen.queryByRole("menuitem", { name: "All reports" }),
    ).not.toBeInTheDocument();
    // The half-finished session survives the trip to the login page.
    expect(mockDb.currentUser?.mfa).toBe("verify");
  });
});
