// Issue #14 points 3 and 4: protected figures read the same everywhere. A "<5" (null) is never
// shown as 0 or as "no reports", a manager's port panel never contradicts its own total, and a
// share involving a "<5" figure is not computed. The screen is compared with the API's own
// published answer for the same query, so the tests hold whatever rounding rule the server uses.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  StatsPortsResponseSchema,
  StatsTimeseriesResponseSchema,
  type StatsPortsResponse,
} from "../../src/domain";
import {
  captureDownloads,
  portById,
  recordGets,
  setUpAnalyticsTests,
} from "./mapTestSupport";
import { bucketLabel } from "../../src/pages/trends/timeseriesRows";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";

// jsdom cannot draw on a canvas: the picture is stood in for, and the text it would carry kept.
const pictureText = vi.hoisted(() => [] as { footnotes: readonly string[] }[]);
vi.mock("../../src/pages/map/mapSnapshot", () => ({
  mapSnapshot: vi.fn(async (input: { text: { footnotes: string[] } }) => {
    pictureText.push(input.text);
    return new Blob(["picture"], { type: "image/png" });
  }),
}));

setUpAnalyticsTests();

async function publishedPorts(
  url: URL,
  as: "manager" | "analyst",
): Promise<StatsPortsResponse> {
  return StatsPortsResponseSchema.parse(
    await jsonAs(as, { method: "GET", url: `${url.pathname}${url.search}` }),
  );
}

function portsTable() {
  return screen.findByRole("table", { name: /^Reports by port and category/ });
}

describe("protected figures on the map", () => {
  it("shows a manager <5, never 0, for protected category cells in the ports table", async () => {
    const reads = recordGets("/api/stats/ports");
    renderApp("/map", { as: "manager" });
    const table = await portsTable();
    await waitFor(() => expect(reads.length).toBeGreaterThan(0));
    const stats = await publishedPorts(reads.at(-1)!, "manager");
    const port = stats.ports.find(
      (p) => p.total !== 0 && p.counts.some((c) => c === null),
    );
    expect(port).toBeDefined();
    const name = (await portById(port!.portId)).name;
    const row = within(table).getByRole("button", { name }).closest("tr")!;
    const cells = within(row).getAllByRole("cell");
    // Nation, force, total, then one cell per category.
    stats.categories.forEach((_, i) => {
      const cell = port!.counts[i];
      expect(cells[3 + i]).toHaveTextContent(
        new RegExp(`^${cell === null ? "<5" : String(cell)}$`),
      );
    });
  });

  it("gives a manager a port panel that agrees with itself: no 'no reports' beside a total, no protected 0", async () => {
    const reads = recordGets("/api/stats/ports");
    const { user } = renderApp("/map", { as: "manager" });
    const table = await portsTable();
    await waitFor(() => expect(reads.length).toBeGreaterThan(0));
    const stats = await publishedPorts(reads.at(-1)!, "manager");
    // A small port: every category protected, or as near as the seed has.
    const candidates = stats.ports
      .filter((p) => p.total !== 0 && p.counts.some((c) => c === null))
      .sort(
        (a, b) =>
          b.counts.filter((c) => c === null).length -
          a.counts.filter((c) => c === null).length,
      );
    const port = candidates[0]!;
    const name = (await portById(port.portId)).name;
    await user.click(within(table).getByRole("button", { name }));
    const panel = await screen.findByRole("region", { name });

    expect(
      within(panel).getByText(
        `Reports in the window: ${port.total === null ? "<5" : port.total}`,
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).queryByText(/No reports in the window/),
    ).not.toBeInTheDocument();
    const byCategory = within(panel).getByRole("table", {
      name: `Reports at ${name} by category`,
    });
    expect(within(byCategory).getAllByText("<5")).toHaveLength(
      port.counts.filter((c) => c === null).length,
    );
    // The trend's figures are published ones too: never "0" for a port with reports.
    const trend = await within(panel).findByText(/^Latest: /);
    expect(trend.textContent).not.toMatch(/peak: 0(?!\d)/);
  });
});

describe("protected figures in the trends share view", () => {
  it("does not compute a share from a <5 figure, and notes the method under the chart", async () => {
    const reads = recordGets("/api/stats/timeseries");
    const { user } = renderApp("/trends", { as: "analyst" });
    await screen.findByRole("region", {
      name: "Insider threat by insider type",
    });
    await user.click(screen.getByLabelText(/Safe to share/));
    await user.click(
      await screen.findByRole("button", { name: "Share of reports (%)" }),
    );
    const card = screen.getByRole("region", {
      name: "Insider threat by insider type",
    });
    await waitFor(() =>
      expect(
        reads.some(
          (u) =>
            u.searchParams.get("safe") === "1" &&
            u.searchParams.get("groupBy") === "insiderType",
        ),
      ).toBe(true),
    );
    const url = reads.findLast(
      (u) =>
        u.searchParams.get("safe") === "1" &&
        u.searchParams.get("groupBy") === "insiderType",
    )!;
    const data = StatsTimeseriesResponseSchema.parse(
      await jsonAs("analyst", {
        method: "GET",
        url: `${url.pathname}${url.search}`,
      }),
    );
    expect(
      within(card).getByText(/rounded to the nearest 5/),
    ).toBeInTheDocument();

    await user.click(
      within(card).getByRole("button", { name: "Show as table" }),
    );
    const table = await within(card).findByRole("table", {
      name: /^Insider threat by insider type, Share of reports/,
    });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(data.buckets.length);
    let protectedBuckets = 0;
    data.buckets.forEach((bucket, b) => {
      const row = rows[b]!;
      expect(within(row).getByRole("rowheader")).toHaveTextContent(
        bucketLabel(bucket, data.interval),
      );
      const cells = within(row).getAllByRole("cell");
      const anyProtected = data.series.some((s) => s.counts[b] === null);
      if (!anyProtected) return;
      protectedBuckets += 1;
      cells.forEach((cell) => expect(cell).not.toHaveTextContent(/%/));
    });
    expect(protectedBuckets).toBeGreaterThan(0);
  });
});

describe("protected figures in pictures", () => {
  it("puts the method and the date in a manager's map PNG", async () => {
    const saved = captureDownloads();
    pictureText.length = 0;
    const { user } = renderApp("/map", { as: "manager" });
    await portsTable();
    await user.click(
      screen.getByRole("button", { name: "Download map (PNG)" }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    const notes = pictureText.at(-1)!.footnotes.join("\n");
    expect(notes).toMatch(/rounded to the nearest 5; 1–4 shown as <5/);
    const today = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      day: "numeric",
      month: "long",
      year: "numeric",
    }).format(new Date());
    expect(notes).toContain(`made ${today}`);
  });
});
