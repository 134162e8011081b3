// The analyst's trends: insider-threat types first, then every category; switching the interval
// and reading the chart as a table; filtering to one nation; and a CSV (made and audited by the
// server) that is safe to share.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mockDb } from "../../mocks/node";
import type { Report } from "../../src/domain";
import { renderApp } from "./renderApp";
import {
  captureDownloads,
  recordGets,
  reportsInPreset,
  setUpAnalyticsTests,
} from "./mapTestSupport";

setUpAnalyticsTests();

const ukMonth = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" })
    .format(new Date(iso))
    .slice(0, 7);

/** Reports per UK month (YYYY-MM) of one category. */
function perMonth(
  reports: readonly Report[],
  category: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of reports)
    if (r.category === category)
      counts.set(
        ukMonth(r.receivedAt),
        (counts.get(ukMonth(r.receivedAt)) ?? 0) + 1,
      );
  return counts;
}

function chartCard(title: string): HTMLElement {
  return screen.getByRole("region", { name: title });
}

async function chooseOption(
  user: ReturnType<typeof renderApp>["user"],
  label: string,
  option: string,
) {
  await user.click(screen.getByRole("combobox", { name: label }));
  await user.click(await screen.findByRole("option", { name: option }));
  await user.keyboard("{Escape}");
}

describe("the trends page", () => {
  it("shows insider-threat types first, then categories; monthly as a table matches the reports", async () => {
    const { user } = renderApp("/trends", { as: "analyst" });

    const headings = await screen.findAllByRole("heading", { level: 2 });
    const titles = headings.map((h) => h.textContent);
    expect(titles.indexOf("Insider threat by insider type")).toBeLessThan(
      titles.indexOf("Reports by category"),
    );

    await chooseOption(user, "Interval", "Monthly");
    const card = chartCard("Reports by category");
    await user.click(
      within(card).getByRole("button", { name: "Show as table" }),
    );
    const table = await within(card).findByRole("table", {
      name: /Reports by category, Reports per month/,
    });
    const header = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(header[0]).toBe("Month");
    expect(header[1]).toBe("Insider threat");

    const expected = perMonth(reportsInPreset("365"), "insider_threat");
    const rows = within(table).getAllByRole("row").slice(1);
    // 365 days from the mock's 21 Nov 2026 start in Nov 2025: 13 calendar months.
    expect(rows).toHaveLength(13);
    const months = [...expected.keys()].sort();
    for (const [i, row] of rows.entries()) {
      const cells = within(row).getAllByRole("cell");
      expect(cells[0]).toHaveTextContent(String(expected.get(months[i]!) ?? 0));
    }
  });

  it("filters to one nation, comparing with the previous period", async () => {
    const scottish = new Set(
      mockDb.ports.filter((p) => p.nation === "Scotland").map((p) => p.id),
    );
    const expected = reportsInPreset("365").filter((r) =>
      scottish.has(r.portId),
    ).length;
    const { user } = renderApp("/trends", { as: "analyst" });
    await screen.findByRole("region", { name: "Reports by category" });

    await chooseOption(user, "Nation", "Scotland");

    const card = chartCard("Reports by category");
    await waitFor(() => {
      const comparison = within(card).getByRole("table", {
        name: /this period against/,
      });
      const total = within(comparison)
        .getByRole("rowheader", { name: "Total" })
        .closest("tr")!;
      expect(within(total).getAllByRole("cell")[0]).toHaveTextContent(
        expected.toLocaleString("en-GB"),
      );
    });
  });

  it("downloads a chart's data as CSV with small counts shown as <5 when safe to share", async () => {
    const saved = captureDownloads();
    // The file is the server's (which audits it), asked for with the chart's own query.
    const exports = recordGets("/api/stats/timeseries/export.csv");
    const { user } = renderApp("/trends", { as: "analyst" });
    await screen.findByRole("region", {
      name: "Insider threat by insider type",
    });

    await user.click(screen.getByLabelText(/Safe to share/));
    expect(await screen.findAllByText(/shown as <5/)).not.toHaveLength(0);
    const card = chartCard("Insider threat by insider type");
    await user.click(
      within(card).getByRole("button", {
        name: /Download the data of Insider threat by insider type/,
      }),
    );

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(
      /^portsafe-insider-threat-types-\d{4}-\d{2}-\d{2}-to-2026-11-21\.csv$/,
    );
    const csv = await saved[0]!.blob.text();
    const [header, ...lines] = csv
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe(
      "week starting (UK),Deliberate insider,Volunteer / self-initiated insider,Exploited / recruited insider",
    );
    expect(lines.at(-1)).toMatch(/^Total,/);
    expect(csv).toContain("<5");
    expect(exports).toHaveLength(1);
    expect(exports[0]!.searchParams.get("safe")).toBe("1");
    expect(exports[0]!.searchParams.get("groupBy")).toBe("insiderType");
  });
});
