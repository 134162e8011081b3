// Security journeys against the real server on a fresh demo database: an idle session warns and
// then signs out (with Playwright's fake clock, so no one waits 15 real minutes), and an
// administrator creates an account, meets the password check, resets the password and disables
// the account, then reads the audit log and the SLA settings. axe on every page and dialog.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test.setTimeout(120_000);

/** axe once nothing is loading: react-admin's spinner in the app bar is unnamed while it spins. */
async function checkAccessibility(page: Page): Promise<void> {
  await expect(page.locator(".MuiCircularProgress-root")).toHaveCount(0);
  await expectNoAxeViolations(page);
}

async function openAccounts(page: Page): Promise<void> {
  await page.getByRole("menuitem", { name: "Accounts" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Accounts" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "desk", exact: true }),
  ).toBeVisible();
}

test("an idle session warns a minute before the end, can be kept, and otherwise signs out", async ({
  page,
}) => {
  // Installed before the app loads, so every timer the app sets runs on the fake clock.
  await page.clock.install();
  await signIn(page, "admin");
  await openAccounts(page);
  await page.waitForLoadState("networkidle");

  await page.clock.fastForward("14:10");
  const warning = page.getByRole("alertdialog", {
    name: "Are you still there?",
  });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("timer")).toHaveText(
    /Signing out in 0:[0-5]\d/,
  );
  await checkAccessibility(page);

  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  await page.clock.fastForward("13:00");
  await expect(warning).toBeHidden();

  await page.clock.fastForward("01:30");
  await expect(warning).toBeVisible();
  await page.clock.fastForward("01:00");
  await expect(
    page.getByText(
      "You were signed out after 15 minutes without activity. Sign in again to carry on.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await checkAccessibility(page);
  // The server's session ended too, not just the page.
  expect((await page.request.get("/api/auth/me")).status()).toBe(401);
});

test("an administrator creates an account, resets its password and disables it", async ({
  page,
}) => {
  const username = `pc.e2e${Date.now().toString(36)}`;
  await signIn(page, "admin");
  await openAccounts(page);
  await checkAccessibility(page);

  await page.getByRole("link", { name: "Create" }).click();
  await page
    .getByRole("textbox", { name: "Username", exact: true })
    .fill(username);
  await page
    .getByRole("textbox", { name: "Name", exact: true })
    .fill("PC Jordan Reeve");
  await page.getByRole("checkbox", { name: "Desk officer" }).check();
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("qwerty123456");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(password).toHaveAccessibleDescription(
    /this password is on a list of common or breached passwords/,
  );
  await checkAccessibility(page);

  await password.fill("lantern quarry biscuit 58");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("link", { name: username }).click();
  await expect(
    page.getByRole("button", { name: "Disable account" }),
  ).toBeVisible();
  await checkAccessibility(page);

  await page.getByRole("button", { name: "Reset password" }).click();
  const reset = page.getByRole("dialog", {
    name: "Reset PC Jordan Reeve's password",
  });
  await reset
    .getByLabel("New password", { exact: true })
    .fill("copper meadow anchor 17");
  await checkAccessibility(page);
  await reset.getByRole("button", { name: "Reset password" }).click();
  await expect(
    page.getByText("Password reset; their sessions have ended"),
  ).toBeVisible();

  await page.getByRole("button", { name: "Disable account" }).click();
  const confirm = page.getByRole("dialog", {
    name: "Disable PC Jordan Reeve's account?",
  });
  await expect(confirm).toContainText("They are signed out everywhere at once");
  await checkAccessibility(page);
  await confirm.getByRole("button", { name: "Disable account" }).click();
  await expect(
    page.getByRole("button", { name: "Re-enable account" }),
  ).toBeVisible();

  // The disabled account cannot sign in.
  const login = await page.request.post("/api/auth/login", {
    data: { username, password: "copper meadow anchor 17" },
  });
  expect(login.status()).toBe(401);
});

test("an administrator reads the audit log, checks the chain and opens the SLA settings", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.getByRole("menuitem", { name: "Audit log" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Audit log" }),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", { name: "auth.login", exact: true }).first(),
  ).toBeVisible();
  await checkAccessibility(page);

  await page
    .getByRole("button", { name: /^Detail of row \d+$/ })
    .first()
    .click();
  await expect(page.getByRole("dialog", { name: /^Row \d+: / })).toBeVisible();
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Verify chain" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Chain intact" }),
  ).toBeVisible();
  await checkAccessibility(page);

  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "SLA settings" }),
  ).toBeVisible();
  await expect(
    page.getByRole("spinbutton", { name: "Assess within (minutes)" }),
  ).toHaveValue(/\d+/);
  await checkAccessibility(page);
});
