// Nothing about reports stays in the browser beyond the page's memory (DESIGN.md §7): search
// text and filters never reach localStorage, sessionStorage or the address bar, where they would
// outlive the session or leak through history and screenshots.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiServer, jsonAs } from "./realApi";
import { renderApp } from "./renderApp";
import { listReports } from "./reportFixtures";

const searchText = "straddle carrier";

/** Everything the browser would keep after the tab closes, or show in its address bar. */
function traces(): string[] {
  const stored = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map(
      (key) => `${key}=${storage.getItem(key)}`,
    );
  return [
    ...stored(window.localStorage),
    ...stored(window.sessionStorage),
    window.location.href,
  ];
}

/** The query strings of the report list requests the API receives. */
function recordReportListQueries(): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  apiServer.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname === "/api/reports")
      queries.push(url.searchParams);
  });
  return queries;
}

describe("privacy in the browser", () => {
  it("a desk officer's search and filters reach the API but stay out of storage and the URL", async () => {
    const queries = recordReportListQueries();
    const { user } = renderApp("/reports", { as: "desk" });

    await user.type(
      await screen.findByRole("textbox", { name: "Search" }),
      searchText,
    );
    await user.click(screen.getByRole("combobox", { name: "Status" }));
    await user.click(await screen.findByRole("option", { name: "On hold" }));
    // The filters did reach the API, so the test would notice if they went nowhere at all.
    await expect
      .poll(
        () =>
          queries.some(
            (q) => q.get("q") === searchText && q.get("status") === "on_hold",
          ),
        { timeout: 15_000 },
      )
      .toBe(true);

    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    const leaked = traces().filter((trace) =>
      /straddle|on_hold|filter|q=/i.test(trace),
    );
    expect(leaked).toEqual([]);
    expect(window.location.hash).toBe("#/reports");
  });

  it("an administrator's account search and audit filter stay out of storage and the URL", async () => {
    // A desk officer has opened a report, so the audit log has a report.view to filter for (the
    // seeded database has no audit rows of reads).
    const [report] = await listReports("perPage=1");
    await jsonAs("desk", { method: "GET", url: `/api/reports/${report!.id}` });
    const { user } = renderApp("/accounts", { as: "admin" });
    await user.type(
      await screen.findByRole("textbox", { name: "Search" }),
      "priya",
    );
    await screen.findByRole("link", { name: "desk3" });
    await expect
      .poll(() => screen.queryByRole("link", { name: "desk" }))
      .toBeNull();

    await user.click(screen.getByRole("menuitem", { name: "Audit log" }));
    await user.type(
      await screen.findByRole("textbox", { name: "Action" }),
      "report.view",
    );
    await screen.findAllByText("report.view");

    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    expect(
      traces().filter((trace) => /priya|report\.view|filter/i.test(trace)),
    ).toEqual([]);
    expect(window.location.hash).toBe("#/audit");
  });
});
