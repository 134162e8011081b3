// Audited exports of the statistics: the map's and trends page's tables as CSV, made by the
// server and checked against counts computed here in plain SQL; "<5" when safe to share (and
// always for a manager); one audit row per export with its filters and row count; and the
// record a picture (PNG) needs before the app may save it.
import { sql } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryLabels, type ReportCategory } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
const cookies: Record<string, string> = {};
const day = 86_400_000;
// The seed dates reports up to the real now; a whole year back from the next midnight UTC.
const to = new Date(Math.ceil(Date.now() / day) * day);
const from = new Date(to.getTime() - 365 * day);
const window = `from=${from.toISOString()}&to=${to.toISOString()}`;
const inWindow = sql`r.received_at >= ${from} and r.received_at < ${to}`;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ["desk", "analyst", "manager", "admin"])
    cookies[user] = await t.login(user);
});
afterAll(() => t.close());

async function download(user: string, url: string) {
  const response = await t.app.inject({
    method: "GET",
    url,
    headers: { cookie: cookies[user]! },
  });
  const text = response.body;
  return {
    response,
    table: Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data,
  };
}

interface ExportDetail {
  format: string;
  table?: string;
  view?: string;
  rows?: number;
  filters: Record<string, unknown>;
  safeToShare: boolean;
}

/** The newest export rows in the audit log, newest first. */
async function exportsAudited(): Promise<
  { actor: string; entity: string; detail: ExportDetail }[]
> {
  return rows(
    t.db,
    sql`select actor_name as actor, entity, detail from audit_events where action = 'export' order by id desc`,
  );
}

describe("the map's tables as CSV", () => {
  it("gives each port's reports per category as the database counts them, as an attachment, and audits it", async () => {
    const before = (await exportsAudited()).length;
    const { response, table } = await download(
      "analyst",
      `/api/stats/ports/export.csv?${window}&category=drugs&category=insider_threat&channel=online`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="portsafe-ports-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith("\ufeff")).toBe(true);
    const expected = await rows<{ name: string; category: string; n: number }>(
      t.db,
      sql`select p.name, r.category, count(*)::int as n from reports r join ports p on p.id = r.port_id
          where ${inWindow} and r.category in ('drugs', 'insider_threat') and r.channel = 'online' group by 1, 2`,
    );
    expect(expected.length).toBeGreaterThan(5);
    for (const { name, category, n } of expected) {
      const row = table.find((r) => r.Port === name)!;
      expect(row[categoryLabels[category as ReportCategory]], name).toBe(
        String(n),
      );
    }
    const [portCount] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from ports`,
    );
    expect(table).toHaveLength(portCount!.n);
    // Only the filtered categories are columns.
    expect(Object.keys(table[0]!).slice(6)).toEqual([
      categoryLabels.insider_threat,
      categoryLabels.drugs,
    ]);

    const audited = await exportsAudited();
    expect(audited).toHaveLength(before + 1);
    expect(audited[0]).toMatchObject({
      actor: "analyst",
      entity: "stats",
      detail: {
        format: "csv",
        table: "ports",
        rows: portCount!.n,
        safeToShare: false,
        method: null,
        filters: {
          from: from.toISOString(),
          to: to.toISOString(),
          category: ["drugs", "insider_threat"],
          channel: ["online"],
        },
      },
    });
  });

  it("gives each territorial force's total over its ports", async () => {
    const { table } = await download(
      "desk",
      `/api/stats/ports/export.csv?${window}&table=forces`,
    );
    const expected = await rows<{ force: string; n: number }>(
      t.db,
      sql`select p.territorial_police_force as force, count(*)::int as n from reports r join ports p on p.id = r.port_id
          where ${inWindow} group by 1`,
    );
    for (const { force, n } of expected)
      expect(
        table.find((r) => r["Territorial police force"] === force)?.Reports,
        force,
      ).toBe(String(n));
    expect((await exportsAudited())[0]!.detail.table).toBe("forces");
  });
});

describe("a trends chart's data as CSV", () => {
  it("counts each UK month per category, with a total row, and writes published values (base 5, <5) and the method when safe to share", async () => {
    // One nation and one channel over a year: enough small monthly counts to protect.
    const query = `${window}&interval=month&groupBy=category&nation=Wales&channel=direct`;
    const exact = await download(
      "analyst",
      `/api/stats/timeseries/export.csv?${query}`,
    );
    const expected = await rows<{
      bucket: string;
      category: string;
      n: number;
    }>(
      t.db,
      sql`select to_char(date_trunc('month', r.received_at at time zone 'Europe/London'), 'YYYY-MM-DD') as bucket, r.category, count(*)::int as n
          from reports r join ports p on p.id = r.port_id
          where ${inWindow} and p.nation = 'Wales' and r.channel = 'direct' group by 1, 2`,
    );
    const column = (category: string) =>
      categoryLabels[category as ReportCategory];
    for (const { bucket, category, n } of expected) {
      const row = exact.table.find((r) => r["month starting (UK)"] === bucket)!;
      expect(row[column(category)], `${bucket} ${category}`).toBe(String(n));
    }
    expect(exact.table.at(-1)!["month starting (UK)"]).toBe("Total");
    expect(exact.response.body).not.toContain("<5");
    expect(exact.response.body).not.toContain("rounded");

    const safe = await download(
      "analyst",
      `/api/stats/timeseries/export.csv?${query}&safe=1`,
    );
    const small = expected.filter(({ n }) => n > 0 && n < 5);
    expect(small.length).toBeGreaterThan(0);
    for (const { bucket, category } of small) {
      const row = safe.table.find((r) => r["month starting (UK)"] === bucket)!;
      expect(row[column(category)], `${bucket} ${category}`).toBe("<5");
    }
    // Every other count is its true value rounded to the nearest 5.
    for (const { bucket, category, n } of expected.filter((e) => e.n >= 5)) {
      const row = safe.table.find((r) => r["month starting (UK)"] === bucket)!;
      expect(row[column(category)], `${bucket} ${category}`).toBe(
        String(Math.round(n / 5) * 5),
      );
    }
    // After the total row, a last row names the method and the date, in the first column.
    expect(safe.table.at(-2)!["month starting (UK)"]).toBe("Total");
    expect(safe.table.at(-1)!["month starting (UK)"]).toMatch(
      /^Note: Counts rounded to the nearest 5; 1–4 shown as <5; totals rounded separately, so parts may not add up to the total\. Made on \d{4}-\d{2}-\d{2} \(UK\)\.$/,
    );
    const [audited] = await exportsAudited();
    expect(audited!.detail).toMatchObject({
      format: "csv",
      table: "timeseries",
      rows: safe.table.length - 2,
      safeToShare: true,
      method: "round-5",
      filters: { interval: "month", groupBy: "category", nation: ["Wales"] },
    });
  });

  it("names the file after its series and exports the summary tables too", async () => {
    const insider = await download(
      "desk",
      `/api/stats/timeseries/export.csv?${window}&groupBy=insiderType`,
    );
    expect(insider.response.headers["content-disposition"]).toMatch(
      /filename="portsafe-insider-threat-types-/,
    );
    const { table } = await download(
      "analyst",
      `/api/stats/summary/export.csv?${window}&table=topPorts&limit=3`,
    );
    const top = await rows<{ name: string; n: number }>(
      t.db,
      sql`select p.name, count(*)::int as n from reports r join ports p on p.id = r.port_id
          where ${inWindow} group by r.port_id, p.name order by 2 desc, r.port_id limit 3`,
    );
    expect(table.map((r) => [r.Name, r["This period"]])).toEqual(
      top.map((p) => [p.name, String(p.n)]),
    );
  });
});

describe("who may export statistics", () => {
  it("gives a manager published figures whatever is asked, and records them as safe to share", async () => {
    const { response, table } = await download(
      "manager",
      `/api/stats/ports/export.csv?${window}&safe=0`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("<5");
    expect(table.at(-1)!.Port).toMatch(
      /^Note: Counts rounded to the nearest 5/,
    );
    for (const row of table.slice(0, -1))
      expect(
        row.Reports === "<5" || Number(row.Reports) % 5 === 0,
        row.Port,
      ).toBe(true);
    const [audited] = await exportsAudited();
    expect(audited).toMatchObject({
      actor: "manager",
      detail: { safeToShare: true },
    });
  });

  it("gives the desk exact figures in its own export and published values only in a safe one", async () => {
    const byPort = await rows<{ name: string; n: number }>(
      t.db,
      sql`select p.name, count(r.id)::int as n from ports p
          left join reports r on r.port_id = p.id and ${inWindow} group by p.id, p.name`,
    );
    const exact = await download(
      "desk",
      `/api/stats/ports/export.csv?${window}`,
    );
    const safe = await download(
      "desk",
      `/api/stats/ports/export.csv?${window}&safe=1`,
    );
    expect(exact.response.body).not.toContain("Note:");
    const published = (n: number) =>
      n === 0 ? "0" : n < 5 ? "<5" : String(Math.round(n / 5) * 5);
    expect(byPort.some(({ n }) => n % 5 !== 0)).toBe(true);
    for (const { name, n } of byPort) {
      expect(exact.table.find((r) => r.Port === name)!.Reports, name).toBe(
        String(n),
      );
      expect(safe.table.find((r) => r.Port === name)!.Reports, name).toBe(
        published(n),
      );
    }
    expect(safe.table.at(-1)!.Port).toMatch(/^Note: Counts rounded/);
    const [audited] = await exportsAudited();
    expect(audited).toMatchObject({
      actor: "desk",
      detail: { safeToShare: true },
    });
  });

  it("keeps an admin out, asks a stranger to sign in, and explains a bad query", async () => {
    const before = (await exportsAudited()).length;
    expect(
      (await download("admin", `/api/stats/ports/export.csv?${window}`))
        .response.statusCode,
    ).toBe(403);
    const anonymous = await t.app.inject({
      method: "GET",
      url: `/api/stats/timeseries/export.csv?${window}`,
    });
    expect(anonymous.statusCode).toBe(401);
    const bad = await download(
      "analyst",
      `/api/stats/summary/export.csv?${window}&table=everything`,
    );
    expect(bad.response.statusCode).toBe(400);
    expect(bad.response.headers["content-type"]).toContain(
      "application/problem+json",
    );
    expect(bad.response.json().detail).toContain("table");
    expect(await exportsAudited()).toHaveLength(before);
  });
});

describe("recording a picture before it is saved", () => {
  const record = (user: string | null, payload: unknown) =>
    t.app.inject({
      method: "POST",
      url: "/api/exports",
      headers: user ? { cookie: cookies[user]! } : {},
      payload: payload as object,
    });
  const picture = {
    kind: "png",
    view: "trends",
    filters: {
      from: from.toISOString(),
      to: to.toISOString(),
      nation: ["Scotland"],
      interval: "month",
      groupBy: "category",
    },
    safeToShare: false,
  };

  it("records the view, its filters and whether it is safe to share, then answers 204", async () => {
    const response = await record("analyst", picture);
    expect(response.statusCode).toBe(204);
    const [audited] = await exportsAudited();
    expect(audited).toEqual({
      actor: "analyst",
      entity: "stats",
      detail: {
        format: "png",
        view: "trends",
        filters: picture.filters,
        safeToShare: false,
        method: null,
      },
    });
    // A manager's picture holds published values (rounded to base 5), whatever the app says.
    expect(
      (await record("manager", { ...picture, view: "map" })).statusCode,
    ).toBe(204);
    expect((await exportsAudited())[0]!.detail).toMatchObject({
      safeToShare: true,
      method: "round-5",
    });
  });

  it("refuses an unknown view or field with a problem that says what to change, and keeps out admins and strangers", async () => {
    const before = (await exportsAudited()).length;
    const badView = await record("analyst", { ...picture, view: "audit" });
    expect(badView.statusCode).toBe(400);
    expect(badView.json().detail).toMatch(/view/);
    const extra = await record("desk", { ...picture, summary: "text" });
    expect(extra.statusCode).toBe(400);
    const backwards = await record("desk", {
      ...picture,
      filters: { from: to.toISOString(), to: from.toISOString() },
    });
    expect(backwards.statusCode).toBe(400);
    expect((await record("admin", picture)).statusCode).toBe(403);
    expect((await record(null, picture)).statusCode).toBe(401);
    expect(await exportsAudited()).toHaveLength(before);
  });
});
