// The second factor outside demo mode, in a real browser: a new account must set up an
// authenticator (QR code, key to type, recovery codes) before it reaches anything; the next
// sign-in asks for a code, and the same code is refused a second time. axe on every step.
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectNoAxeViolations } from "./helpers";
import { mfaAccount } from "./mfaAccount";

test.setTimeout(120_000);

function codeFor(secret: string, at = Date.now()): string {
  return new TOTP({
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  }).generate({ timestamp: at });
}

async function signInWithPassword(page: Page): Promise<void> {
  await page.goto("/");
  await page
    .getByRole("textbox", { name: "Username", exact: true })
    .fill(mfaAccount.username);
  await page
    .getByRole("textbox", { name: "Password", exact: true })
    .fill(mfaAccount.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function enterCode(page: Page, code: string, submit: string) {
  await page.getByRole("textbox", { name: /^Code/ }).fill(code);
  await page.getByRole("button", { name: submit }).click();
}

test("a new account sets up its authenticator, then signs in with a code that works once", async ({
  page,
}) => {
  await signInWithPassword(page);
  await expect(
    page.getByRole("heading", { name: "Set up your authenticator app" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(
    page.getByRole("img", {
      name: "QR code to scan with your authenticator app",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // The key shown for typing into the app, in groups of four.
  const secret = (await page.locator("code").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  // A wrong code is refused next to the field, and enrolment waits for a right one.
  await enterCode(page, "000000", "Confirm");
  await expect(page.getByRole("textbox", { name: /^Code/ })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectNoAxeViolations(page);
  await enterCode(page, codeFor(secret), "Confirm");

  await expect(
    page.getByRole("heading", { name: "Save your recovery codes" }),
  ).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem"),
  ).toHaveCount(10);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "I have saved these" }).click();
  await expect(
    page.getByRole("menuitem", { name: /^All open, \d/ }),
  ).toBeVisible();

  // Sign out, and in again: now a code is asked for.
  await page.getByRole("button", { name: "Profile" }).click();
  await page.getByRole("menuitem", { name: "Logout" }).click();
  await signInWithPassword(page);
  await expect(
    page.getByRole("heading", { name: "Enter your code" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // The next time step's code: the enrolment used the current one.
  const code = codeFor(secret, Date.now() + 30_000);
  await enterCode(page, code, "Verify");
  await expect(
    page.getByRole("menuitem", { name: /^All open, \d/ }),
  ).toBeVisible();

  // The same code again, from a second sign-in, is refused next to the field.
  await page.getByRole("button", { name: "Profile" }).click();
  await page.getByRole("menuitem", { name: "Logout" }).click();
  await signInWithPassword(page);
  await enterCode(page, code, "Verify");
  await expect(page.getByRole("textbox", { name: /^Code/ })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(
    page.getByRole("heading", { name: "Enter your code" }),
  ).toBeVisible();
});
