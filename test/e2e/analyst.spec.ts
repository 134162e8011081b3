// The analyst's journey against the real server on a fresh demo database: the dashboard, the map
// (a window, a port's panel, a cross-port pattern followed to exactly its reports), then trends
// (monthly, one nation) with the chart's data downloaded as CSV and read back. Every download
// goes through the server's audited exports. axe on every page.
import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

async function choose(
  page: Page,
  label: string,
  option: string,
): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
  // Multiple-choice menus stay open for more choices: close them.
  if (await page.getByRole("listbox").isVisible())
    await page.keyboard.press("Escape");
}

/** A UK calendar day `days` before today, as the pages write it: "21 Nov 2025". */
function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
  }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(day);
}

/** Clicks a download button and checks a PNG image arrives. */
async function expectPng(
  page: Page,
  button: Locator,
  name: RegExp,
): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    button.click(),
  ]);
  expect(download.suggestedFilename()).toMatch(name);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.length).toBeGreaterThan(10_000);
}

/** axe once nothing is loading: react-admin's spinner in the app bar is unnamed while it spins. */
async function checkAccessibility(page: Page): Promise<void> {
  await expect(page.locator(".MuiCircularProgress-root")).toHaveCount(0);
  await expectNoAxeViolations(page);
}

test("an analyst maps a window, opens a port and a pattern, then charts trends and downloads the CSV", async ({
  page,
}) => {
  await signIn(page, "analyst");

  // The home page: the analyst's widgets.
  await expect(
    page.getByRole("region", { name: "Last 12 weeks by category" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "New cross-port patterns (90 days)" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Last 12 weeks by category" })
      .getByRole("table"),
  ).toBeVisible();
  await checkAccessibility(page);

  // The map, over the last 365 days.
  await page.getByRole("menuitem", { name: "Map" }).click();
  const portsTable = page.getByRole("table", {
    name: /^Reports by port and category/,
  });
  await expect(portsTable).toBeVisible();
  await choose(page, "Time window", "Last 365 days");
  await expect(
    page.getByText(`reports from ${daysAgo(364)} to`, { exact: false }),
  ).toBeVisible();
  await expect(page.getByText("Updating…")).toHaveCount(0);
  await expect(page.locator(".portsafe-port-marker").first()).toBeVisible();
  await checkAccessibility(page);

  // A port's panel, opened by clicking its ring: the busiest port whose ring no other covers.
  const ring = await page.evaluate(() => {
    const rings = [
      ...document.querySelectorAll<HTMLElement>(".portsafe-port-marker"),
    ]
      .map((el) => ({
        el,
        count: Number(/(\d+) reports?$/.exec(el.title)?.[1] ?? 0),
      }))
      .sort((a, b) => b.count - a.count);
    for (const { el, count } of rings) {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(
        box.x + box.width / 2,
        box.y + box.height / 2,
      );
      if (hit && el.contains(hit)) return { title: el.title, count };
    }
    throw new Error("every ring is covered by another");
  });
  await page.getByTitle(ring.title, { exact: true }).click();
  const portName = ring.title.replace(/: \d+ reports?$/, "");
  const panel = page.getByRole("region", { name: portName, exact: true });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/^Reports in the window: \d+$/)).toHaveText(
    `Reports in the window: ${ring.count}`,
  );
  await expect(
    panel.getByRole("heading", { name: "PortSafe members and PSeMS status" }),
  ).toBeVisible();
  await expect(
    panel.getByRole("link", { name: /^PS-\d{4}-\d{6}$/ }).first(),
  ).toBeVisible();
  await checkAccessibility(page);

  // The map view as a picture, drawn in the browser from the same data.
  await expectPng(
    page,
    page.getByRole("button", { name: "Download map (PNG)" }),
    /^portsafe-map-.*\.png$/,
  );

  // A cross-port pattern: drawn on the map, then followed to its reports.
  const pattern = page.getByRole("heading", {
    level: 3,
    name: /^MV Northern Tern named at \d+ ports$/,
  });
  await expect(pattern).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: pattern });
  await item.getByRole("button", { name: "Show on map" }).click();
  await expect(page.locator('path[stroke-dasharray="10 6"]')).toHaveCount(1);
  // Following it lists exactly its reports: asked for by id, named after the pattern.
  const follow = item.getByRole("button", {
    name: /^Open the reports of MV Northern Tern/,
  });
  const reportCount = Number(/\d+/.exec(await follow.innerText())![0]);
  expect(reportCount).toBeGreaterThanOrEqual(3);
  const listRequest = page.waitForRequest((request) => {
    const url = new URL(request.url());
    return url.pathname === "/api/reports" && url.searchParams.has("id");
  });
  await follow.click();
  await expect(page).toHaveURL(/#\/reports$/);
  const ids = new URL((await listRequest).url()).searchParams.getAll("id");
  expect(ids).toHaveLength(reportCount);
  await expect(
    page.getByText(
      new RegExp(
        `^Reports of pattern: MV Northern Tern named at \\d+ ports \\(${reportCount}\\)$`,
      ),
    ),
  ).toBeVisible();
  const evidence = await page.request.get(
    `/api/reports?${ids.map((id) => `id=${id}`).join("&")}&perPage=100`,
  );
  const expected = (
    (await evidence.json()) as { data: { reference: string }[] }
  ).data
    .map((r) => r.reference)
    .sort();
  expect(expected).toHaveLength(reportCount);
  const references = page
    .locator("table tbody tr")
    .getByRole("link", { name: /^PS-\d{4}-\d{6}$/ });
  await expect(references).toHaveCount(Math.min(reportCount, 25));
  // One page of the list: all of the pattern's reports, or 25 of them.
  const shown = (await references.allInnerTexts()).sort();
  expect(expected).toEqual(expect.arrayContaining(shown));
  if (reportCount <= 25) expect(shown).toEqual(expected);
  await checkAccessibility(page);

  // Trends: monthly, Scotland only, and the categories chart's data as CSV.
  await page.getByRole("menuitem", { name: "Trends" }).click();
  const categories = page.getByRole("region", { name: "Reports by category" });
  await expect(
    categories.locator(".recharts-wrapper svg").first(),
  ).toBeVisible();
  await checkAccessibility(page);
  await expectPng(
    page,
    categories.getByRole("button", {
      name: "Download Reports by category as an image (PNG)",
    }),
    /^portsafe-categories-.*\.png$/,
  );
  await choose(page, "Interval", "Monthly");
  await choose(page, "Nation", "Scotland");
  await expect(
    page.getByText(/Reports per month, .*\. Filtered to nation: Scotland$/),
  ).toBeVisible();
  await categories.getByRole("button", { name: "Show as table" }).click();
  const table = categories.getByRole("table", { name: /Reports per month/ });
  await expect(table).toBeVisible();
  const total = categories
    .getByRole("table", { name: /this period against/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Total" }) });
  const shownTotal = Number(
    (await total.getByRole("cell").first().innerText()).replace(/,/g, ""),
  );
  await checkAccessibility(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    categories
      .getByRole("button", {
        name: "Download the data of Reports by category (CSV)",
      })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^portsafe-categories-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = readFileSync(await download.path(), "utf8").replace(
    /^\ufeff/,
    "",
  );
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toMatch(/^month starting \(UK\),Insider threat,Drugs,/);
  const monthRows = lines.slice(1, -1);
  expect(monthRows).toHaveLength(await table.locator("tbody tr").count());
  const totals = lines.at(-1)!.split(",");
  expect(totals[0]).toBe("Total");
  const csvTotal = totals.slice(1).reduce((sum, cell) => sum + Number(cell), 0);
  expect(csvTotal).toBe(shownTotal);
});
