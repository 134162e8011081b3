// The analyst's trends: insider-threat types first, then every category; switching the interval
// and reading the chart as a table; filtering to one nation; and a CSV (made and audited by the
// server) that is safe to share.
import { screen, waitFor, within } from "@testing-library/react";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ports, reports } from "../../server/db/schema";
import { StatsTimeseriesResponseSchema } from "../../src/domain";
import {
  captureDownloads,
  countReports,
  presetDays,
  presetInstants,
  recordGets,
  setUpAnalyticsTests,
} from "./mapTestSupport";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";

setUpAnalyticsTests();

/** The UK calendar months a window of days touches, counting both ends. */
function calendarMonths(fromDay: string, toDay: string): number {
  const month = (day: string) =>
    Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  return month(toDay) - month(fromDay) + 1;
}

/** The API's insider-threat count per month of a window, in its bucket order. */
async function insiderThreatPerMonth(window: {
  from: string;
  to: string;
}): Promise<{ buckets: string[]; counts: number[] }> {
  const answer = StatsTimeseriesResponseSchema.parse(
    await jsonAs("analyst", {
      method: "GET",
      url: `/api/stats/timeseries?from=${encodeURIComponent(window.from)}&to=${encodeURIComponent(window.to)}&interval=month&groupBy=category`,
    }),
  );
  const series = answer.series.find((s) => s.key === "insider_threat");
  return {
    buckets: answer.buckets,
    counts: answer.buckets.map((bucket, i) => {
      const count = series?.counts[i] ?? 0;
      if (count === null)
        throw new Error(`${bucket}: suppressed for an analyst`);
      return count;
    }),
  };
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

    // The last 365 UK days touch 13 calendar months (12 when they start on the 1st): a row each.
    const days = presetDays("365");
    const window = presetInstants("365");
    const expected = await insiderThreatPerMonth(window);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(calendarMonths(days.fromDay, days.toDay));
    expect(expected.buckets).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      const cells = within(row).getAllByRole("cell");
      expect(cells[0]).toHaveTextContent(
        new RegExp(`^${expected.counts[i]!.toLocaleString("en-GB")}$`),
      );
    }
    // The months add up to every insider-threat report of the window, counted row by row.
    expect(expected.counts.reduce((sum, n) => sum + n, 0)).toBe(
      await countReports(window, eq(reports.category, "insider_threat")),
    );
  });

  it("filters to one nation, comparing with the previous period", async () => {
    const expected = await countReports(
      presetInstants("365"),
      eq(ports.nation, "Scotland"),
    );
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
        new RegExp(`^${expected.toLocaleString("en-GB")}$`),
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
    // The window ends today (UK), the day the seed was generated for.
    expect(saved[0]!.name).toMatch(
      new RegExp(
        `^portsafe-insider-threat-types-\\d{4}-\\d{2}-\\d{2}-to-${presetDays("365").toDay}\\.csv$`,
      ),
    );
    const csv = await saved[0]!.blob.text();
    const [header, ...lines] = csv
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe(
      "week starting (UK),Deliberate insider,Volunteer / self-initiated insider,Exploited / recruited insider",
    );
    expect(lines.some((line) => line.startsWith("Total,"))).toBe(true);
    expect(csv).toContain("<5");
    // A safe file says how it was protected, as the chart does under it.
    expect(csv).toMatch(/rounded to the nearest 5; 1–4 shown as <5/);
    expect(
      within(card).getByText(/rounded to the nearest 5/),
    ).toBeInTheDocument();
    expect(exports).toHaveLength(1);
    expect(exports[0]!.searchParams.get("safe")).toBe("1");
    expect(exports[0]!.searchParams.get("groupBy")).toBe("insiderType");
  });
});
