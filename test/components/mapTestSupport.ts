// Shared by the map, trends and dashboard tests: the bundled /geo files served as the browser
// would fetch them (static files, not the API: there is no static server in tests), the windows
// the pages open on, and figures read straight from the API's database (plain counts of report
// rows, no server rule repeated) or from the API itself, to compare the screen against.
//
// The clock is the real one: the seeded database was generated once per run at the real time,
// so "the last 90 days" means the same to the seed, the server and the page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { beforeEach, onTestFinished, vi } from "vitest";
import { ports, reports } from "../../server/db/schema";
import {
  presetWindow,
  windowInstants,
  type DayWindow,
  type WindowPreset,
} from "../../src/common/charts/analyticsWindow";
import { PortSchema, type Port } from "../../src/domain";
import { apiDatabase, apiServer, jsonAs } from "./realApi";

const geoDir = join(import.meta.dirname, "../../public/geo");

export function setUpAnalyticsTests(): void {
  beforeEach(() => {
    apiServer.use(
      http.get("*/geo/:file", ({ params }) =>
        HttpResponse.text(
          readFileSync(join(geoDir, String(params.file)), "utf8"),
          {
            headers: { "Content-Type": "application/geo+json" },
          },
        ),
      ),
    );
  });
}

/** The UK days a preset window holds today, as the page opens it. */
export function presetDays(preset: WindowPreset): DayWindow {
  return presetWindow(preset, new Date());
}

/** A preset window today as the API's half-open range of instants [from, to). */
export function presetInstants(preset: WindowPreset): {
  from: string;
  to: string;
} {
  return windowInstants(presetDays(preset));
}

/** The reports received in [from, to), by a plain SQL condition on their row. */
function receivedIn(window: { from: string; to: string }): SQL {
  return and(
    gte(reports.receivedAt, new Date(window.from)),
    lt(reports.receivedAt, new Date(window.to)),
  )!;
}

/**
 * Reports per port in [from, to), busiest first (ties by port id, the API's order), counted
 * from the report rows themselves: ports without reports are left out.
 */
export async function reportCountsByPort(window: {
  from: string;
  to: string;
}): Promise<[string, number][]> {
  const rows = await apiDatabase()
    .select({ portId: reports.portId, n: sql<number>`count(*)::int` })
    .from(reports)
    .where(receivedIn(window))
    .groupBy(reports.portId)
    .orderBy(desc(sql`count(*)`), reports.portId);
  return rows.map((r) => [r.portId, Number(r.n)]);
}

/** How many reports in [from, to) match `where` (on the report row or its port's row). */
export async function countReports(
  window: { from: string; to: string },
  where?: SQL,
): Promise<number> {
  const [row] = await apiDatabase()
    .select({ n: sql<number>`count(*)::int` })
    .from(reports)
    .innerJoin(ports, eq(ports.id, reports.portId))
    .where(where ? and(receivedIn(window), where) : receivedIn(window));
  return Number(row?.n ?? 0);
}

/** The newest report at a port in [from, to), from its row. */
export async function newestReportAt(
  portId: string,
  window: { from: string; to: string },
): Promise<{ id: string; reference: string }> {
  const [row] = await apiDatabase()
    .select({ id: reports.id, reference: reports.reference })
    .from(reports)
    .where(and(eq(reports.portId, portId), receivedIn(window)))
    .orderBy(desc(reports.receivedAt), desc(reports.id))
    .limit(1);
  if (!row) throw new Error(`no report at ${portId} in the window`);
  return row;
}

/** These reports' rows: reference, summary and details. */
export async function reportsWithIds(
  ids: readonly string[],
): Promise<{ id: string; reference: string; text: string }[]> {
  if (ids.length === 0) return [];
  const rows = await apiDatabase()
    .select({
      id: reports.id,
      reference: reports.reference,
      summary: reports.summary,
      details: reports.details,
    })
    .from(reports)
    .where(inArray(reports.id, [...ids]));
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    text: `${r.summary} ${r.details}`,
  }));
}

/** A reference port as the API gives it. */
export async function portById(id: string): Promise<Port> {
  return PortSchema.parse(
    await jsonAs("analyst", { method: "GET", url: `/api/ports/${id}` }),
  );
}

/** The full address (with its query) of every GET the app sends to `pathname`. */
export function recordGets(pathname: string): URL[] {
  const urls: URL[] = [];
  apiServer.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname === pathname) urls.push(url);
  });
  return urls;
}

/**
 * Captures the files the page saves. jsdom has no object URLs, so they are supplied for this
 * test only; the anchor's click then "saves" nothing, and the test reads the Blob instead.
 */
export function captureDownloads(): { blob: Blob; name: string }[] {
  const saved: { blob: Blob; name: string }[] = [];
  const pending: Blob[] = [];
  const statics = URL as unknown as Record<string, unknown>;
  statics.createObjectURL = (blob: Blob) => {
    pending.push(blob);
    return `blob:download-${pending.length}`;
  };
  statics.revokeObjectURL = () => {};
  const click = vi
    .spyOn(HTMLAnchorElement.prototype, "click")
    .mockImplementation(function (this: HTMLAnchorElement) {
      const index = Number(this.href.split("-").pop()) - 1;
      if (this.download && pending[index])
        saved.push({ blob: pending[index], name: this.download });
    });
  onTestFinished(() => {
    delete statics.createObjectURL;
    delete statics.revokeObjectURL;
    click.mockRestore();
  });
  return saved;
}
