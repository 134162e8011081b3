// An administrator reads the audit log: newest first, filtered, each row's detail readable, the
// filtered rows exported as CSV, and the hash chain checked.
import { screen, within } from "@testing-library/react";
import { count } from "drizzle-orm";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { auditEvents } from "../../server/db/schema";
import { recordRequests } from "./apiRequests";
import { apiDatabase, jsonAs } from "./realApi";
import { findDataRows, renderApp } from "./renderApp";
import { listReports } from "./reportFixtures";

/**
 * A morning's work on the desk, through the API: the desk officer signs in and assesses new
 * reports one by one, each with a rationale. The seeded log holds almost nothing, and a page of
 * the audit log is 25 rows: this makes more than a page (a sign-in and an update per report).
 */
async function deskAssessesReports(count: number): Promise<void> {
  const reports = await listReports(`status=new&perPage=${count}`);
  expect(reports).toHaveLength(count);
  for (const report of reports)
    await jsonAs("desk", {
      method: "PATCH",
      url: `/api/reports/${report.id}`,
      headers: { "if-match": `"${report.version}"` },
      payload: {
        risk: "medium",
        riskRationale: "Pattern matches last month's cargo thefts",
      },
    });
}

/** How many rows the audit log holds now, read straight from the database. */
async function auditRowCount(): Promise<number> {
  const [row] = await apiDatabase().select({ rows: count() }).from(auditEvents);
  return row?.rows ?? 0;
}

/** jsdom cannot save files: keep each Blob the app hands to the browser as a download. */
function captureDownloads(): Blob[] {
  const saved: Blob[] = [];
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return "blob:portsafe-audit";
  };
  URL.revokeObjectURL = () => undefined;
  onTestFinished(() => {
    Reflect.deleteProperty(URL, "createObjectURL");
    Reflect.deleteProperty(URL, "revokeObjectURL");
  });
  return saved;
}

describe("the audit log", () => {
  it("lists events newest first and opens a row to show its detail", async () => {
    await deskAssessesReports(13);
    const { user } = renderApp("/audit", { as: "admin" });

    await screen.findByRole("heading", { level: 1, name: "Audit log" });
    const rows = await findDataRows();
    expect(rows).toHaveLength(25);
    const times = rows.map((row) =>
      within(row)
        .getByText(/\d{4}, \d\d:\d\d/)
        .closest("time")
        ?.getAttribute("datetime"),
    );
    expect(times).toEqual([...times].sort().reverse());

    const update = rows.find((row) =>
      within(row).queryByText("report.update"),
    )!;
    await user.click(
      within(update).getByRole("button", { name: /^Detail of row \d+$/ }),
    );
    const dialog = await screen.findByRole("dialog", {
      name: /^Row \d+: report\.update$/,
    });
    expect(within(dialog).getByLabelText("Detail")).toHaveTextContent(
      /"fields": \[\s*"risk",\s*"riskRationale"\s*\]/,
    );
    expect(
      within(dialog).getByText(/^SHA-256 [0-9a-f]{64}$/),
    ).toBeInTheDocument();
  });

  it("filters by action, exports those rows as CSV and verifies the chain", async () => {
    const exports = recordRequests(
      (method, path) => method === "GET" && path === "/api/audit/export.csv",
    );
    const saved = captureDownloads();
    // Other actions in the log, for the filter to leave out.
    await deskAssessesReports(3);
    const { user } = renderApp("/audit", { as: "admin" });

    await user.type(
      await screen.findByRole("textbox", { name: "Action" }),
      "auth.login",
    );
    await vi.waitFor(
      async () => {
        const actions = (await findDataRows()).map(
          (row) => within(row).getAllByRole("cell")[2]?.textContent,
        );
        expect(new Set(actions)).toEqual(new Set(["auth.login"]));
      },
      { timeout: 15_000 },
    );

    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    await screen.findByText("Audit log exported");
    expect(exports.map((request) => request.path)).toEqual([
      "/api/audit/export.csv",
    ]);
    const csv = await saved[0]!.text();
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toBe("id,at,actor,action,entity,entityId,detail,ip,hash");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.includes(",auth.login,"))).toBe(true);

    await user.click(screen.getByRole("button", { name: "Verify chain" }));
    const status = await screen.findByRole("status");
    // Every row the log holds was checked (checking writes no row of its own).
    expect(status).toHaveTextContent(
      `Chain intact: ${await auditRowCount()} rows checked, none changed or removed.`,
    );
  });
});
