// The map's downloads are audited: a picture is saved only after the server has recorded it (and
// not at all if the server refuses), the tables are CSV files the server makes with the map's own
// query; and the map's patterns follow its report filters.
import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { recordRequests } from "./apiRequests";
import {
  captureDownloads,
  recordGets,
  setUpAnalyticsTests,
} from "./mapTestSupport";
import { apiServer } from "./realApi";
import { renderApp } from "./renderApp";

// jsdom cannot draw on a canvas: the picture itself is stood in for, the flow around it is real.
vi.mock("../../src/pages/map/mapSnapshot", () => ({
  mapSnapshot: vi.fn(async () => new Blob(["picture"], { type: "image/png" })),
}));

setUpAnalyticsTests();

async function openMap(as = "analyst") {
  const rendered = renderApp("/map", { as });
  await screen.findByRole("table", { name: /^Reports by port and category/ });
  return rendered;
}

describe("the map's downloads", () => {
  it("records the picture with the map's window and filters, then saves it", async () => {
    const saved = captureDownloads();
    const records = recordRequests(
      (method, path) => method === "POST" && path === "/api/exports",
    );
    const { user } = await openMap();

    await user.click(
      screen.getByRole("button", { name: "Download map (PNG)" }),
    );

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^portsafe-map-.*\.png$/);
    expect(records).toHaveLength(1);
    expect(records[0]!.body).toEqual({
      kind: "png",
      view: "map",
      filters: {
        from: expect.stringMatching(/Z$/),
        to: expect.stringMatching(/Z$/),
      },
      safeToShare: false,
    });
    expect(screen.getByText(/Every download is recorded/)).toBeInTheDocument();
  });

  it("saves nothing and says why when the server cannot record the picture", async () => {
    const saved = captureDownloads();
    // A server that cannot write its audit log: the real one cannot be made to fail so here.
    apiServer.use(
      http.post("*/api/exports", () =>
        HttpResponse.json(
          {
            type: "about:blank",
            title: "Service Unavailable",
            status: 503,
            detail: "The audit log cannot be written just now; try again.",
          },
          {
            status: 503,
            headers: { "Content-Type": "application/problem+json" },
          },
        ),
      ),
    );
    const { user } = await openMap();

    await user.click(
      screen.getByRole("button", { name: "Download map (PNG)" }),
    );

    expect(
      await screen.findByText(
        "The audit log cannot be written just now; try again.",
      ),
    ).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });

  it("saves the ports table as the server's CSV, asked with the map's query", async () => {
    const saved = captureDownloads();
    const exports = recordGets("/api/stats/ports/export.csv");
    const statsReads = recordGets("/api/stats/ports");
    const { user } = await openMap();

    await user.click(
      screen.getByRole("button", { name: "Download ports table (CSV)" }),
    );

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^portsafe-ports-.*\.csv$/);
    const asked = exports[0]!.searchParams;
    const shown = statsReads.at(-1)!.searchParams;
    expect(asked.get("from")).toBe(shown.get("from"));
    expect(asked.get("to")).toBe(shown.get("to"));
    expect(asked.get("table")).toBe("ports");
    const csv = (await saved[0]!.blob.text()).replace(/^\ufeff/, "");
    expect(csv.split("\r\n")[0]).toMatch(/^Port,UN\/LOCODE,Nation,/);
  });
});

describe("the map's patterns", () => {
  it("are asked for with the map's report filters", async () => {
    const patternReads = recordGets("/api/patterns");
    const { user } = await openMap();
    await waitFor(() => expect(patternReads.length).toBeGreaterThan(0));

    await user.click(screen.getByRole("combobox", { name: "Category" }));
    await user.click(await screen.findByRole("option", { name: "Drugs" }));
    await user.keyboard("{Escape}");

    await waitFor(() =>
      expect(
        patternReads.some(
          (url) => url.searchParams.get("category") === "drugs",
        ),
      ).toBe(true),
    );
    const filtered = patternReads.find(
      (url) => url.searchParams.get("category") === "drugs",
    )!;
    expect(filtered.searchParams.has("safe")).toBe(false);
    const panel = screen.getByRole("region", { name: "Cross-port patterns" });
    expect(within(panel).getByRole("heading", { level: 2 })).toBeVisible();
  });
});
