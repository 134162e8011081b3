// The desk officer's triage journey against the real server: claim the next report, assess it as
// immediate risk, refer it to the port's territorial force, find the referral in the register and
// close the report with a reason. Once with the mouse, once by keyboard alone; axe on every new
// page and dialog.
import { expect, test, type Page } from "@playwright/test";
import { demoPassword, expectNoAxeViolations, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const referenceFormat = /^PS-\d{4}-\d{6}$/;

async function reportReference(page: Page): Promise<string> {
  const heading = page.getByRole("heading", {
    level: 1,
    name: referenceFormat,
  });
  await expect(heading).toBeVisible();
  return (await heading.innerText()).trim();
}

/** react-admin's notification (a snackbar with role alert) saying `text`. */
function notification(page: Page, text: string) {
  return page.getByRole("alert").filter({ hasText: text });
}

/** The accessible name of the focused element, roughly as a screen reader announces it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return "";
    const labelled = active.getAttribute("aria-labelledby");
    const label =
      active.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (active instanceof HTMLInputElement ||
      active instanceof HTMLTextAreaElement
        ? active.labels?.[0]?.textContent
        : null) ??
      active.textContent;
    return (label ?? "").replace(/\s+/g, " ").trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches, as a keyboard user would. */
async function tabTo(
  page: Page,
  name: RegExp,
  { backwards = false, limit = 80 } = {},
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`no control named ${name} within ${limit} presses of Tab`);
}

/**
 * The focus must be visible wherever the keyboard is: our focus ring (an outline), or for MUI's
 * text fields and selects their focused border (the input root carries .Mui-focused).
 */
async function expectVisibleFocus(page: Page): Promise<void> {
  const indicator = await page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return "nothing focused";
    const style = getComputedStyle(active);
    if (style.outlineStyle !== "none" && style.outlineWidth !== "0px")
      return "outline";
    if (active.closest(".MuiInputBase-root.Mui-focused")) return "field border";
    return `none on ${active.tagName} ${active.getAttribute("role") ?? ""}`;
  });
  expect(["outline", "field border"]).toContain(indicator);
}

async function signInByKeyboard(page: Page, username: string): Promise<void> {
  await page.goto("/");
  const usernameField = page.getByRole("textbox", {
    name: "Username",
    exact: true,
  });
  await expect(usernameField).toBeVisible();
  await usernameField.focus();
  await page.keyboard.type(username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("a desk officer claims, assesses, refers and closes a report with the mouse", async ({
  page,
}) => {
  await signIn(page, "desk");
  await page.getByRole("menuitem", { name: /^Unassessed, \d/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Triage queue — Unassessed" }),
  ).toBeVisible();
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Claim next" }).click();
  const reference = await reportReference(page);
  await expect(notification(page, `You claimed ${reference}`)).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Save assessment" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("combobox", { name: "Risk level" }).click();
  await page.getByRole("option", { name: "Immediate" }).click();
  await page
    .getByRole("textbox", { name: "Threat" })
    .fill(
      "Reporter describes an imminent attempt to move a package off the quay tonight",
    );
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(notification(page, "Assessment saved")).toBeVisible();

  const suggested = page.getByRole("button", { name: /^Refer to / }).first();
  const force = ((await suggested.textContent()) ?? "")
    .replace(/^Refer to /, "")
    .trim();
  await suggested.click();
  await expect(notification(page, `Referred to ${force}`)).toBeVisible();
  const referrals = page.getByRole("region", { name: "Referrals" });
  await expect(referrals.getByText("Awaiting acknowledgement")).toBeVisible();

  await page.getByRole("menuitem", { name: "Referral register" }).click();
  const row = page.getByRole("row", {
    name: new RegExp(`${reference}.*${force}`),
  });
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByRole("link", { name: reference }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: reference }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Close", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Close: ${reference}` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("combobox", { name: /Closure reason/ }).click();
  await page.getByRole("option", { name: "Actioned / disrupted" }).click();
  await dialog
    .getByRole("textbox", { name: /Reason/ })
    .fill(`Referred to ${force}, who are acting on it`);
  await dialog.getByRole("button", { name: "Close", exact: true }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Closure" })
      .getByText("Actioned / disrupted"),
  ).toBeVisible();
});

test("a desk officer does the same journey by keyboard alone", async ({
  page,
}) => {
  await signInByKeyboard(page, "desk");
  await tabTo(page, /^All open, \d/);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("table tbody tr").first()).toBeVisible();

  // j moves into the queue with a visible focus; c claims the next report from anywhere.
  await page.keyboard.press("j");
  await expectVisibleFocus(page);
  await page.keyboard.press("c");
  const reference = await reportReference(page);
  await expect(
    page.getByRole("button", { name: "Save assessment" }),
  ).toBeVisible();

  // r jumps to the risk level; the select opens and chooses with the keyboard.
  await page.keyboard.press("r");
  await expect(
    page.getByRole("combobox", { name: "Risk level" }),
  ).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press("ArrowDown");
  await page.getByRole("option", { name: "Immediate" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Risk level" })).toHaveText(
    "Immediate",
  );
  await tabTo(page, /^Threat/);
  await page.keyboard.type("Imminent attempt to move a package off the quay");
  await tabTo(page, /^Save assessment$/);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(notification(page, "Assessment saved")).toBeVisible();

  // f opens the referral dialog with the port's territorial force chosen.
  await page.keyboard.press("f");
  const referDialog = page.getByRole("dialog", { name: `Refer ${reference}` });
  await expect(referDialog).toBeVisible();
  const chosen = referDialog.getByRole("radio", { checked: true });
  await expect(chosen).toBeFocused();
  const chosenLabel = await chosen.evaluate(
    (radio) => radio.closest("label")?.textContent ?? "",
  );
  const force = chosenLabel.replace(/\s*\(.*$/, "").trim();
  await expectNoAxeViolations(page);
  await tabTo(page, /^Refer$/);
  await page.keyboard.press("Enter");
  await expect(referDialog).toBeHidden();
  await expect(notification(page, `Referred to ${force}`)).toBeVisible();

  // The register, reached from the menu by Tab.
  await tabTo(page, /^Referral register$/, { backwards: true, limit: 200 });
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("row", { name: new RegExp(`${reference}.*${force}`) }),
  ).toBeVisible();
  await tabTo(page, new RegExp(`^${reference}$`));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: reference }),
  ).toBeVisible();

  // x opens Close: the closure reason first, then the reason, then confirm.
  await page.keyboard.press("x");
  const closeDialog = page.getByRole("dialog", { name: `Close: ${reference}` });
  await expect(closeDialog).toBeVisible();
  await expect(
    closeDialog.getByRole("combobox", { name: /Closure reason/ }),
  ).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page
    .getByRole("option", { name: "Intelligence retained – no further action" })
    .focus();
  await page.keyboard.press("Enter");
  await tabTo(page, /^Reason/);
  await page.keyboard.type(`Referred to ${force}; intelligence retained`);
  await tabTo(page, /^Close$/);
  await page.keyboard.press("Enter");
  await expect(closeDialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
});

test("the keyboard help, bulk, manual entry and conflict screens pass axe", async ({
  page,
}) => {
  await signIn(page, "desk");
  await page.getByRole("menuitem", { name: "All reports" }).click();
  await expect(page.locator("table tbody tr").first()).toBeVisible();

  await page.keyboard.press("?");
  await expect(
    page.getByRole("dialog", { name: "Keyboard shortcuts" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");

  const rows = page.locator("table tbody tr");
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Close as duplicate" }).click();
  const bulk = page.getByRole("dialog", { name: "Close as duplicate" });
  await expect(bulk).toBeVisible();
  await expectNoAxeViolations(page);
  await bulk.getByRole("button", { name: "Cancel" }).click();
  // While rows are selected the bulk toolbar stands in for the queue's own toolbar.
  await page.getByRole("button", { name: "Unselect" }).click();

  await page.getByRole("link", { name: "Enter hotline report" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Enter a hotline report" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A colleague (here: the same session through the API) saves first; our save meets a conflict.
  await page.goto("/#/reports");
  await rows.first().getByRole("link").click();
  const reference = await reportReference(page);
  const url = new URL(page.url());
  const id = url.hash.split("/")[2]!;
  await page.getByRole("combobox", { name: "Risk level" }).click();
  await page.getByRole("option", { name: "Low" }).click();
  const current = await (await page.request.get(`/api/reports/${id}`)).json();
  const colleague = await page.request.patch(`/api/reports/${id}`, {
    headers: { "If-Match": `"${current.version}"` },
    data: { summary: `${current.summary} (checked by a colleague)` },
  });
  expect(colleague.ok()).toBe(true);
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(
    page.getByRole("dialog", { name: `Someone else changed ${reference}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
