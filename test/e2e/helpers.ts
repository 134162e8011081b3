import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const demoPassword = "portsafe-demo";

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto("/");
  await page
    .getByRole("textbox", { name: "Username", exact: true })
    .fill(username);
  await page
    .getByRole("textbox", { name: "Password", exact: true })
    .fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Runs axe against WCAG 2.x A/AA (2.2 included) and fails with the rule ids it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A snackbar or dialog still fading in is part-transparent, and axe would measure the contrast
  // of a colour nobody sees once it settles: check the page as it comes to rest.
  // (Endless ones, like a spinner, never settle and are left out.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) =>
          a.playState !== "running" ||
          a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}
