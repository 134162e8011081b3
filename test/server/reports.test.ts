import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain";
import { count, rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let deskCookie: string;
beforeAll(async () => {
  t = await createTestApp();
  deskCookie = await t.login("desk");
});
afterAll(() => t.close());

async function get(url: string) {
  return t.app.inject({ method: "GET", url, headers: { cookie: deskCookie } });
}

describe("the triage queue list", () => {
  it("pages 25 reports, newest first, with the total", async () => {
    const response = await get("/api/reports");
    expect(response.statusCode).toBe(200);
    const body = response.json() as { data: Report[]; total: number };
    expect(body.total).toBe(await count(t.db));
    expect(body.total).toBeGreaterThanOrEqual(3000);
    expect(body.data).toHaveLength(25);
    const newest = await rows<{ reference: string }>(
      t.db,
      sql`select reference from reports order by received_at desc, id desc limit 25`,
    );
    expect(body.data.map((r) => r.reference)).toEqual(
      newest.map((r) => r.reference),
    );
  });

  it("returns the next page without overlap", async () => {
    const first = (await get("/api/reports?page=1&perPage=10")).json()
      .data as Report[];
    const second = (await get("/api/reports?page=2&perPage=10")).json()
      .data as Report[];
    expect(second).toHaveLength(10);
    const ids = new Set(first.map((r) => r.id));
    expect(second.some((r) => ids.has(r.id))).toBe(false);
    expect(second[0]!.receivedAt <= first[9]!.receivedAt).toBe(true);
  });

  it("sorts oldest first on request", async () => {
    const data = (
      await get("/api/reports?sort=receivedAt&order=asc&perPage=5")
    ).json().data as Report[];
    const oldest = await rows<{ id: string }>(
      t.db,
      sql`select id from reports order by received_at asc, id asc limit 5`,
    );
    expect(data.map((r) => r.id)).toEqual(oldest.map((r) => r.id));
  });

  it("sorts by risk from immediate down, unassessed last", async () => {
    const data = (
      await get("/api/reports?sort=risk&order=asc&perPage=100")
    ).json().data as Report[];
    expect(data[0]!.risk).toBe("immediate");
    const ranks = data.map((r) =>
      ["immediate", "high", "medium", "low", null].indexOf(r.risk),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("filters by one status", async () => {
    const body = (await get("/api/reports?status=new&perPage=100")).json();
    expect(body.total).toBe(await count(t.db, sql`status = 'new'`));
    expect(body.total).toBeGreaterThan(0);
    expect(body.data.every((r: Report) => r.status === "new")).toBe(true);
  });

  it("filters by several statuses at once", async () => {
    const body = (await get("/api/reports?status=new&status=on_hold")).json();
    expect(body.total).toBe(
      await count(t.db, sql`status in ('new', 'on_hold')`),
    );
  });

  it("filters by category, insider type, risk, channel and port", async () => {
    const cases: [string, ReturnType<typeof sql>][] = [
      ["category=drugs", sql`category = 'drugs'`],
      ["insiderType=exploited", sql`insider_type = 'exploited'`],
      ["risk=high", sql`risk = 'high'`],
      ["channel=hotline", sql`channel = 'hotline'`],
      ["portId=felixstowe", sql`port_id = 'felixstowe'`],
      [
        "category=insider_threat&portId=dover",
        sql`category = 'insider_threat' and port_id = 'dover'`,
      ],
    ];
    for (const [query, where] of cases) {
      const body = (await get(`/api/reports?${query}`)).json();
      expect(body.total, query).toBe(await count(t.db, where));
      expect(body.total, query).toBeGreaterThan(0);
    }
  });

  it("filters by the port's nation", async () => {
    const body = (await get("/api/reports?nation=Scotland&perPage=100")).json();
    expect(body.total).toBe(
      await count(
        t.db,
        sql`port_id in (select id from ports where nation = 'Scotland')`,
      ),
    );
    const scottish = new Set(
      (
        await rows<{ id: string }>(
          t.db,
          sql`select id from ports where nation = 'Scotland'`,
        )
      ).map((p) => p.id),
    );
    expect(body.data.every((r: Report) => scottish.has(r.portId))).toBe(true);
  });

  it("filters by a received window", async () => {
    const from = "2026-01-01T00:00:00.000Z";
    const to = "2026-02-01T00:00:00.000Z";
    const body = (
      await get(`/api/reports?receivedFrom=${from}&receivedTo=${to}`)
    ).json();
    expect(body.total).toBe(
      await count(t.db, sql`received_at >= ${from} and received_at < ${to}`),
    );
  });

  it("finds a report by its reference and by words of its text", async () => {
    const [sample] = await rows<{ reference: string; summary: string }>(
      t.db,
      sql`select reference, summary from reports order by received_at desc limit 1`,
    );
    const byReference = (
      await get(`/api/reports?q=${sample!.reference}`)
    ).json();
    expect(byReference.total).toBe(1);
    expect(byReference.data[0].reference).toBe(sample!.reference);

    // A run of six or more letters or digits, so the word stands in the text as it is (a word
    // like "crew's" loses its apostrophe and is then found nowhere).
    const word = sample!.summary.match(/[\p{L}\p{N}]{6,}/u)![0];
    const byText = (
      await get(`/api/reports?q=${encodeURIComponent(word)}`)
    ).json();
    const expected = await count(
      t.db,
      sql`(reference || ' ' || summary || ' ' || details) ilike ${"%" + word + "%"}`,
    );
    expect(byText.total).toBe(expected);
    expect(byText.total).toBeGreaterThanOrEqual(1);
  });

  it("lists exactly the reports asked for by id (a pattern's evidence), up to 100 of them", async () => {
    const chosen = await rows<{ id: string; reference: string }>(
      t.db,
      sql`select id, reference from reports order by reference limit 7 offset 40`,
    );
    const query = chosen.map((r) => `id=${r.id}`).join("&");
    const body = (
      await get(`/api/reports?${query}&sort=reference&order=asc`)
    ).json();
    expect(body.total).toBe(7);
    expect(body.data.map((r: Report) => r.reference)).toEqual(
      chosen.map((r) => r.reference),
    );
    // Combined with another filter, both apply.
    const one = (
      await get(`/api/reports?id=${chosen[0]!.id}&q=${chosen[0]!.reference}`)
    ).json();
    expect(one.total).toBe(1);

    const many = Array.from(
      { length: 101 },
      (_, i) => `id=00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    const tooMany = await get(`/api/reports?${many.join("&")}`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().detail).toContain("at most 100 report ids");
    expect((await get("/api/reports?id=PS-2026-000001")).statusCode).toBe(400);
  });

  it("treats % and _ in the search text literally", async () => {
    const body = (await get("/api/reports?q=%25%25")).json();
    expect(body.total).toBe(0);
  });
});

describe("bad list queries get a 400 that says what to fix", () => {
  it("refuses perPage above 100", async () => {
    const response = await get("/api/reports?perPage=1000");
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain(
      "application/problem+json",
    );
    expect(response.json().errors).toEqual([
      { field: "perPage", message: "perPage must be at most 100" },
    ]);
  });

  it("refuses an unknown sort field, listing the allowed ones", async () => {
    const response = await get("/api/reports?sort=password");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe("sort");
    expect(response.json().detail).toContain("receivedAt");
  });

  it("refuses an unknown filter", async () => {
    const response = await get("/api/reports?colour=red");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: "colour",
        message: "colour is not a field this request accepts; remove it",
      },
    ]);
  });

  it("refuses an unknown status value", async () => {
    const response = await get("/api/reports?status=lost");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toMatch(/^status/);
  });
});

describe("one report", () => {
  it("is returned with its version as ETag, and the view is audited", async () => {
    const [sample] = await rows<{ id: string; version: number }>(
      t.db,
      sql`select id, version from reports limit 1`,
    );
    const response = await get(`/api/reports/${sample!.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"${sample!.version}"`);
    expect(response.json()).toMatchObject({
      id: sample!.id,
      version: sample!.version,
    });
    expect(response.headers["cache-control"]).toBe("no-store");
    const audit = await rows(
      t.db,
      sql`select 1 from audit_events where action = 'report.view' and entity_id = ${sample!.id} and actor_name = 'desk'`,
    );
    expect(audit).toHaveLength(1);
  });

  it("answers 404 for an id that does not exist and 400 for one that is not an id", async () => {
    const missing = await get(
      "/api/reports/00000000-0000-4000-8000-000000000000",
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toContain("There is no report");
    const malformed = await get("/api/reports/not-an-id");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe("id");
  });
});

describe("changing a report never loses an update", () => {
  async function newReport(): Promise<Report> {
    const [row] = await rows<{ id: string }>(
      t.db,
      sql`select id from reports where status = 'new' order by received_at desc limit 1`,
    );
    return (await get(`/api/reports/${row!.id}`)).json();
  }

  function patch(id: string, payload: object, ifMatch?: string) {
    return t.app.inject({
      method: "PATCH",
      url: `/api/reports/${id}`,
      headers: {
        cookie: deskCookie,
        ...(ifMatch ? { "if-match": ifMatch } : {}),
      },
      payload,
    });
  }

  it("answers 428 without If-Match and changes nothing", async () => {
    const report = await newReport();
    const response = await patch(report.id, { risk: "high" });
    expect(response.statusCode).toBe(428);
    expect(response.json().detail).toContain("If-Match");
    expect((await get(`/api/reports/${report.id}`)).json().version).toBe(
      report.version,
    );
  });

  it("applies a change on the current version, bumps it and records the first assessment", async () => {
    const report = await newReport();
    const response = await patch(
      report.id,
      { risk: "high", riskRationale: "Threat to life unlikely; harm high." },
      `"${report.version}"`,
    );
    expect(response.statusCode).toBe(200);
    const updated = response.json() as Report;
    expect(updated).toMatchObject({
      risk: "high",
      riskRationale: "Threat to life unlikely; harm high.",
      version: report.version + 1,
    });
    expect(updated.firstAssessedAt).not.toBeNull();
    expect(response.headers.etag).toBe(`"${report.version + 1}"`);
    const audit = await rows<{ detail: { fields: string[] } }>(
      t.db,
      sql`select detail from audit_events where action = 'report.update' and entity_id = ${report.id}`,
    );
    expect(audit[0]!.detail.fields.sort()).toEqual(["risk", "riskRationale"]);
  });

  it("answers 409 with the current record for a stale version, keeping the other officer's change", async () => {
    const report = await newReport();
    const first = await patch(
      report.id,
      { risk: "medium" },
      `"${report.version}"`,
    );
    expect(first.statusCode).toBe(200);
    const stale = await patch(
      report.id,
      { risk: "low" },
      `"${report.version}"`,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({
      id: report.id,
      risk: "medium",
      version: report.version + 1,
    });
    expect((await get(`/api/reports/${report.id}`)).json().risk).toBe("medium");
  });

  it("rejects an unknown field and a status change, naming them", async () => {
    const report = await newReport();
    const response = await patch(
      report.id,
      { risk: "low", status: "closed" },
      `"${report.version}"`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: "status",
        message: "status is not a field this request accepts; remove it",
      },
    ]);
  });

  it("rejects an insider type on a report that is not insider threat", async () => {
    const [row] = await rows<{ id: string; version: number }>(
      t.db,
      sql`select id, version from reports where category = 'drugs' limit 1`,
    );
    const response = await patch(
      row!.id,
      { insiderType: "deliberate" },
      `"${row!.version}"`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: "insiderType",
        message:
          "an insider type can only be set when the category is insider threat",
      },
    ]);
  });

  it("rejects a malformed If-Match", async () => {
    const report = await newReport();
    const response = await patch(report.id, { risk: "low" }, "W/abc");
    expect(response.statusCode).toBe(400);
  });
});
