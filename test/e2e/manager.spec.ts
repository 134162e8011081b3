// A JMSC manager's journey against the real server: read PSeMS coverage, find the members whose
// review is overdue, open one, record an independent review with maturity scores (refused until
// the reviewer's declaration is made), and see coverage rise by one. Then the register's CSV and
// an admin's PSeMS framework editor. axe on every page and dialog on the way.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

/** A UK calendar date `daysAgo` days before today, as the date inputs take it. */
function ukDate(daysAgo: number): string {
  const day = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    day,
  );
}

async function coveredMembers(
  page: Page,
  { navigate = true } = {},
): Promise<number> {
  if (navigate)
    await page.getByRole("menuitem", { name: "PSeMS coverage" }).click();
  const headline = page.getByText(
    /active members \(\d+%\) hold a current PSeMS assessment/,
  );
  await expect(headline).toBeVisible();
  const match = /^(\d+) of (\d+)/.exec((await headline.innerText()).trim());
  expect(match).not.toBeNull();
  return Number(match![1]);
}

async function choose(
  page: Page,
  label: string,
  option: string,
): Promise<void> {
  // A select's accessible name is its label followed by the value it shows.
  const name = new RegExp(
    `^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( |$)`,
  );
  await page.getByRole("combobox", { name }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
  // The menu fades out (aria-hidden meanwhile): wait until it has left the page, so axe never
  // measures its text mid-fade.
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
}

test("a manager records an independent review for an overdue member and coverage rises", async ({
  page,
}) => {
  await signIn(page, "manager");
  await expect(
    page.getByRole("menuitem", { name: "Reviews due" }),
  ).toBeVisible();

  const before = await coveredMembers(page);
  await expect(
    page.getByRole("table", { name: "Coverage by nation" }),
  ).toBeVisible();
  await expect(page.locator(".coverage-marker").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("menuitem", { name: "Reviews due" }).click();
  const rows = page.locator("table tbody tr");
  await expect(rows.first()).toContainText("Review overdue (was due");
  await expectNoAxeViolations(page);

  const memberLink = rows.first().getByRole("link");
  const memberName = (await memberLink.innerText()).trim();
  await memberLink.click();
  await expect(
    page.getByRole("heading", { level: 1, name: memberName }),
  ).toBeVisible();
  await expect(page.getByText(/^Review overdue \(was due/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Record assessment" }).click();
  await expect(page.getByRole("combobox", { name: "Member" })).toHaveValue(
    memberName,
  );
  await choose(page, "Kind", "Independent review");
  await expect(
    page.getByText(/cannot be saved unless an independent reviewer is named/),
  ).toBeVisible();
  await choose(page, "Step", "3 — Independent review");
  await choose(page, "Status", "Completed");
  await page
    .getByRole("textbox", { name: "Started", exact: true })
    .fill(ukDate(30));
  await page
    .getByRole("textbox", { name: "Completed", exact: true })
    .fill(ukDate(1));
  await page
    .getByRole("textbox", { name: "Reviewer" })
    .fill("Priya Shah, INTERPORTPOLICE");
  await page
    .getByRole("textbox", { name: "Accountable manager" })
    .fill("Jo Bloggs, Chief Executive");
  await choose(page, "Governance and accountable manager", "3 — Established");
  await choose(page, "Legal and regulatory requirements", "2 — Developing");
  await choose(page, "Operating procedures", "1 — Initial");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Save" }).click();
  const declaration = page.getByRole("checkbox", {
    name: "The reviewer has declared any conflict of interest",
  });
  await expect(
    page
      .getByText(/the reviewer must declare any conflict of interest/)
      .first(),
  ).toBeVisible();
  await expect(declaration).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await declaration.check();
  await page.getByRole("button", { name: "Save" }).click();
  const scores = page.getByRole("table", { name: "Maturity by PSeMS element" });
  await expect(scores).toBeVisible();
  await expect(scores.getByRole("row", { name: /Governance/ })).toContainText(
    "3 — Established",
  );
  await expect(
    page.getByRole("img", {
      name: /Bar chart of maturity for 3 scored elements/,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The next assessment starts from this one: planned, with its scores and accountable manager.
  await page
    .getByRole("button", { name: "Start new assessment from this one" })
    .click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: /^Edit Self-help GAP analysis/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("textbox", { name: "Accountable manager" }),
  ).toHaveValue("Jo Bloggs, Chief Executive");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: memberName }).click();
  await expect(page.getByText(/^Current: next review due/)).toBeVisible();

  await page.getByRole("menuitem", { name: "PSeMS coverage" }).click();
  // The page shows the figures it last had, then the fresh ones.
  await expect
    .poll(() => coveredMembers(page, { navigate: false }))
    .toBe(before + 1);
});

test("a manager filters the register and exports it as CSV; a bad import file is refused row by row", async ({
  page,
}) => {
  await signIn(page, "manager");
  await page.getByRole("menuitem", { name: "Members" }).click();
  await page.getByRole("link", { name: "Create" }).click();
  await expect(
    page.getByRole("textbox", { name: "Contact email" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("menuitem", { name: "Members" }).click();
  await choose(page, "Review state", "Review due soon");
  await expect(page.locator("table tbody tr").first()).toContainText(
    /Review due within (3|6|12) months/,
  );
  await expectNoAxeViolations(page);

  await page.locator("table tbody tr").first().getByRole("link").click();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(
    page.getByRole("textbox", { name: "Latest major change" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("menuitem", { name: "Members" }).click();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(
    /^portsafe-members-\d{4}-\d{2}-\d{2}\.csv$/,
  );

  await page.getByRole("button", { name: "Import CSV" }).click();
  const dialog = page.getByRole("dialog", { name: "Import members from CSV" });
  await dialog.getByLabel("CSV file").setInputFiles({
    name: "members.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "name,type,portId,contactName,contactRole,contactEmail,joinedOn\nTay Stevedores,ferry,dundee,Ann Reid,PFSO,ann@example.co.uk,2023-02-01\n",
    ),
  });
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog.getByRole("alert")).toContainText(
    "Nothing was imported.",
  );
  await expect(
    dialog.getByRole("table", { name: "Problems in the CSV file" }),
  ).toContainText("type");
  await expectNoAxeViolations(page);
});

test("an administrator's PSeMS framework editor passes axe and names the journey's steps", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.getByRole("menuitem", { name: "PSeMS framework" }).click();
  await expect(page.getByRole("textbox", { name: "Step 1" })).toHaveValue(
    "Self-help GAP analysis",
  );
  await expect(page.getByRole("textbox", { name: "Key" }).first()).toHaveValue(
    "governance",
  );
  await expectNoAxeViolations(page);
});
