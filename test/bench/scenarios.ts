// The measured requests, as the app sends them: the desk's queue pages, search, claim and update,
// and the analysts' map and trend aggregates over the last 12 months. Budgets are DESIGN.md §6's:
// the queue page (a search is a queue page with a search term) and the aggregates; the rest have
// none there and are measured for the record.
import { sql } from "drizzle-orm";
import { hauliers, vesselNames } from "../../demo/text/vocabulary";
import {
  presetWindow,
  windowInstants,
} from "../../src/common/charts/analyticsWindow";
import { etagFor } from "../../src/domain";
import { buildApp } from "../../server/app";
import type { Config } from "../../server/config";
import type { DatabaseHandle } from "../../server/db/connect";
import { queryRows } from "../../server/db/rawQuery";
import { defaultWarmup, measure, type Timing } from "./measure";

const iterations = 200;

/** The queue list exactly as the app asks for it: first page of 25, newest first. */
function queuePage(filters: Record<string, string>): string {
  const query = new URLSearchParams({
    page: "1",
    perPage: "25",
    sort: "receivedAt",
    order: "desc",
    ...filters,
  });
  return `/api/reports?${query.toString()}`;
}

export async function measureScenarios(
  handle: DatabaseHandle,
  config: Config,
  budgets: { queueMs: number; aggregateMs: number },
): Promise<Timing[]> {
  const app = await buildApp({
    config,
    db: handle.db,
    databaseKind: handle.kind,
    listen: handle.listen,
  });
  await app.ready();
  try {
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "desk", password: "portsafe-demo" },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const call = async (
      method: "GET" | "POST" | "PATCH",
      url: string,
      options: { headers?: Record<string, string>; payload?: object } = {},
    ) => {
      const response = await app.inject({
        method,
        url,
        headers: { cookie, ...options.headers },
        payload: options.payload,
      });
      if (response.statusCode !== 200)
        throw new Error(
          `${method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`,
        );
      return response;
    };
    const get = (url: string) => call("GET", url);
    /** Calls per scenario, warm-up included: claim and update need that many distinct reports. */
    const runs = iterations + defaultWarmup;

    // Searches the desk makes: a vessel or a haulier named in a call, or a reference read out.
    const names = [...vesselNames, ...hauliers];
    const references = await queryRows<{ reference: string }>(
      handle.db,
      sql`select reference from reports order by received_at desc, id offset 100 limit ${runs}`,
    );
    // Claim takes the oldest new, unassigned report; each measured claim must really claim one.
    const [claimable] = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from reports where status = 'new' and assignee_id is null`,
    );
    if ((claimable?.count ?? 0) < runs)
      throw new Error(
        `only ${claimable?.count} new, unassigned reports to claim; claim next needs ${runs}`,
      );
    // Updates go to distinct reports in triage, each with the ETag it was last read or written at.
    const editable = await queryRows<{ id: string; version: number }>(
      handle.db,
      sql`select id, version from reports where status = 'triage'
          order by received_at desc, id limit ${runs}`,
    );
    if (editable.length === 0) throw new Error("no report in triage to update");
    const etags = new Map(editable.map((r) => [r.id, etagFor(r.version)]));
    // The map's and the trends page's window: the last 365 UK days, as the pages send it.
    const { from, to } = windowInstants(presetWindow("365", new Date()));
    const window = new URLSearchParams({ from, to }).toString();

    const timings: Timing[] = [];
    timings.push(
      await measure(
        "queue page: Unassessed (the desk's first view), newest first",
        iterations,
        () => get(queuePage({ view: "unassessed" })),
        budgets.queueMs,
      ),
      await measure(
        "queue page: Open, newest first",
        iterations,
        () => get(queuePage({ view: "open" })),
        budgets.queueMs,
      ),
      await measure(
        "queue page: Open, filtered by category and port, page 3",
        iterations,
        () =>
          get(
            queuePage({
              view: "open",
              category: "theft_cargo_crime",
              portId: "felixstowe",
              page: "3",
            }),
          ),
        budgets.queueMs,
      ),
      await measure(
        "text search: a vessel or haulier name, all reports (trigram index)",
        iterations,
        (i) => get(queuePage({ q: names[i % names.length]! })),
        budgets.queueMs,
      ),
      await measure(
        "text search: a report reference, all reports (trigram index)",
        iterations,
        (i) =>
          get(queuePage({ q: references[i % references.length]!.reference })),
        budgets.queueMs,
      ),
      await measure("queue counts (the menu's badges)", iterations, () =>
        get("/api/reports/queues"),
      ),
      await measure("claim next (a new report each time)", iterations, () =>
        call("POST", "/api/reports/claim"),
      ),
      await measure(
        "report update: risk and rationale (PATCH with If-Match)",
        iterations,
        async (i) => {
          const { id } = editable[i % editable.length]!;
          const response = await call("PATCH", `/api/reports/${id}`, {
            headers: { "if-match": etags.get(id)! },
            payload: {
              risk: i % 2 ? "high" : "medium",
              riskRationale: `Benchmark assessment ${i}: corroborated by a second caller.`,
            },
          });
          etags.set(id, String(response.headers.etag));
        },
      ),
      await measure(
        "map aggregate: reports per port, last 12 months (/api/stats/ports)",
        iterations,
        () => get(`/api/stats/ports?${window}`),
        budgets.aggregateMs,
      ),
      await measure(
        "trend aggregate: weekly by category with the previous period, last 12 months (/api/stats/timeseries)",
        iterations,
        () =>
          get(
            `/api/stats/timeseries?${window}&interval=week&groupBy=category&compare=previous`,
          ),
        budgets.aggregateMs,
      ),
      // Filtered aggregates read other rollups, or the reports by port when none keeps the port
      // by day: measured so a fast default view cannot hide a slow filtered one.
      await measure(
        "map aggregate filtered to open reports, last 12 months",
        iterations,
        () =>
          get(
            `/api/stats/ports?${window}&status=new&status=triage&status=on_hold&status=actioned`,
          ),
        budgets.aggregateMs,
      ),
      await measure(
        "trend aggregate: monthly by port with the previous period, last 12 months",
        iterations,
        () =>
          get(
            `/api/stats/timeseries?${window}&interval=month&groupBy=port&compare=previous`,
          ),
        budgets.aggregateMs,
      ),
      await measure(
        "trend aggregate: weekly by nation, last 12 months",
        iterations,
        () =>
          get(`/api/stats/timeseries?${window}&interval=week&groupBy=nation`),
        budgets.aggregateMs,
      ),
      await measure(
        "trend aggregate: weekly by category in one nation (Scotland), last 12 months",
        iterations,
        () =>
          get(
            `/api/stats/timeseries?${window}&interval=week&groupBy=category&nation=Scotland`,
          ),
        budgets.aggregateMs,
      ),
    );
    return timings;
  } finally {
    await app.close();
  }
}
