import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test("the login page passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("textbox", { name: "Username", exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a desk officer signs in, sees 25 reports in the queue and opens one", async ({
  page,
}) => {
  await signIn(page, "desk");
  // The home page is the desk's dashboard; the queue is "All open" in the menu.
  await page.getByRole("menuitem", { name: /^All open, \d/ }).click();
  const rows = page.locator("table tbody tr");
  await expect(rows).toHaveCount(25);
  await expectNoAxeViolations(page);

  // The first cell is the row's labelled checkbox; the reference is the row's link.
  const firstLink = rows.first().getByRole("link").first();
  const firstReference = (await firstLink.innerText()).trim();
  expect(firstReference).toMatch(/^PS-\d{4}-\d{6}$/);
  await firstLink.click();
  await expect(
    page.getByRole("heading", { name: firstReference }),
  ).toBeVisible();
  await expect(page.getByText(/^OFFICIAL(-SENSITIVE)?$/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("textbox", { name: "Username", exact: true })
    .fill("desk");
  await page
    .getByRole("textbox", { name: "Password", exact: true })
    .fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByText("The username or password is not right", { exact: false }),
  ).toBeVisible();
});
