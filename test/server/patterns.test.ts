// /api/patterns on the seeded demo database: the injected campaigns are found, the analyst's
// review is stored and audited, and only the desk and analysts may see patterns at all.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoDataset } from "../../demo";
import type {
  PatternKind,
  PatternListResponse,
  ReviewedPattern,
} from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
const cookies: Record<string, string> = {};
const day = 86_400_000;
// Only the campaigns' shape is taken from the generator (ports, category, name, length); their
// dates are read back from the seeded database, which was generated for the real "now".
const plans = generateDemoDataset({
  now: new Date(),
  reportCount: 10,
}).campaigns;

interface Found {
  id: string;
  at: Date;
}

/** The campaign's reports in the database: the busiest window of its length at its ports. */
async function campaignReports(plan: (typeof plans)[number]): Promise<Found[]> {
  const candidates = await rows<Found>(
    t.db,
    plan.entity
      ? sql`select id, received_at as at from reports where summary || ' ' || details like ${`%${plan.entity}%`} order by received_at`
      : sql`select id, received_at as at from reports where category = ${plan.category} and port_id in ${plan.portIds} order by received_at`,
  );
  const length = Date.parse(plan.to) - Date.parse(plan.from);
  let best: Found[] = [];
  for (const [i, first] of candidates.entries()) {
    const inside = candidates
      .slice(i)
      .filter(
        (r) =>
          new Date(r.at).getTime() - new Date(first.at).getTime() <= length,
      );
    if (inside.length > best.length) best = inside;
  }
  return best;
}

const expectedKinds: Record<string, PatternKind> = {
  "MV Northern Tern": "shared_entity",
  "Kestrel Freight Ltd": "shared_entity",
  security_breach: "category_rise",
  terrorism_hostile_reconnaissance: "space_time_cluster",
};

let listing: PatternListResponse;
let from: string;
const to = new Date(Math.ceil(Date.now() / day) * day).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ["desk", "analyst", "manager", "admin"])
    cookies[user] = await t.login(user);
  const earliest = Math.min(...plans.map((p) => Date.parse(p.from)));
  from = new Date(earliest - 7 * day).toISOString();
  const response = await t.app.inject({
    method: "GET",
    url: `/api/patterns?from=${from}&to=${to}`,
    headers: { cookie: cookies.analyst! },
  });
  expect(response.statusCode).toBe(200);
  listing = response.json() as PatternListResponse;
});
afterAll(() => t.close());

describe("patterns in the seeded demo data", () => {
  it.each(plans.map((p) => [p.name, p] as const))(
    "include the campaign “%s”",
    async (_name, plan) => {
      const truth = await campaignReports(plan);
      expect(truth.length).toBeGreaterThanOrEqual(8);
      const kind = expectedKinds[plan.entity ?? plan.category]!;
      const ids = new Set(truth.map((r) => r.id));
      const match = listing.data
        .filter((p) => p.kind === kind)
        .find(
          (p) =>
            p.reportIds.filter((id) => ids.has(id)).length >= 0.8 * ids.size,
        );
      expect(match, `${kind} for ${plan.name}`).toBeDefined();
      expect(match!.portIds).toEqual(expect.arrayContaining(plan.portIds));
      expect(match!.review.status).toBe("new");
    },
  );

  it("come strongest first, each with a reason in words", () => {
    const scores = listing.data.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(
      listing.data.every((p) => p.why.length > 40 && p.title.length > 10),
    ).toBe(true);
    expect(listing.total).toBe(listing.data.length);
  });

  it("cache the names each report mentions, and read a report again once it changes", async () => {
    const [cached] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from report_entities`,
    );
    expect(cached!.n).toBeGreaterThan(1000);
    const [report] = await rows<{ id: string; version: number }>(
      t.db,
      sql`select id, version from reports where received_at >= ${from} order by received_at limit 1`,
    );
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/reports/${report!.id}`,
      headers: { cookie: cookies.desk!, "if-match": `"${report!.version}"` },
      payload: {
        summary: "Bags are said to come off MV Quiet Heron at night.",
      },
    });
    expect(patch.statusCode).toBe(200);
    await t.app.inject({
      method: "GET",
      url: `/api/patterns?from=${from}&to=${to}`,
      headers: { cookie: cookies.desk! },
    });
    const [entry] = await rows<{ entities: string[]; version: number }>(
      t.db,
      sql`select entities, report_version as version from report_entities where report_id = ${report!.id}`,
    );
    expect(entry!.entities).toContain("MV Quiet Heron");
    expect(entry!.version).toBe(report!.version + 1);
  });

  it("refuse a window longer than three years or ending before it starts", async () => {
    const long = await t.app.inject({
      method: "GET",
      url: `/api/patterns?from=2020-01-01T00:00:00Z&to=${to}`,
      headers: { cookie: cookies.desk! },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toContain("narrow it");
    const backwards = await t.app.inject({
      method: "GET",
      url: `/api/patterns?from=${to}&to=${from}`,
      headers: { cookie: cookies.desk! },
    });
    expect(backwards.statusCode).toBe(400);
  });
});

describe("reviewing a pattern", () => {
  function review(user: string, id: string, body: Record<string, unknown>) {
    return t.app.inject({
      method: "POST",
      url: `/api/patterns/${id}/review`,
      headers: { cookie: cookies[user]! },
      payload: body,
    });
  }

  it("records an analyst's dismissal with a note, shows it in the list, and audits it without the note", async () => {
    const fresh = await t.app.inject({
      method: "GET",
      url: `/api/patterns?from=${from}&to=${to}`,
      headers: { cookie: cookies.analyst! },
    });
    const pattern = (fresh.json() as PatternListResponse).data.at(-1)!;
    const response = await review("analyst", pattern.id, {
      status: "dismissed",
      note: "Known ferry timetable change",
      from,
      to,
    });
    expect(response.statusCode).toBe(200);
    const reviewed = response.json() as ReviewedPattern;
    expect(reviewed.review).toMatchObject({
      status: "dismissed",
      note: "Known ferry timetable change",
    });
    expect(reviewed.review.reviewedByName).toBeTruthy();

    const dismissed = await t.app.inject({
      method: "GET",
      url: `/api/patterns?from=${from}&to=${to}&review=dismissed`,
      headers: { cookie: cookies.desk! },
    });
    expect(
      (dismissed.json() as PatternListResponse).data.map((p) => p.id),
    ).toEqual([pattern.id]);

    const [audit] = await rows<{
      action: string;
      detail: Record<string, unknown>;
      actor: string;
    }>(
      t.db,
      sql`select action, detail, actor_name as actor from audit_events where entity = 'pattern' and entity_id = ${pattern.id} order by id desc limit 1`,
    );
    expect(audit).toMatchObject({
      action: "pattern.review",
      actor: "analyst",
      detail: { status: "dismissed", kind: pattern.kind, noted: true },
    });
    expect(JSON.stringify(audit!.detail)).not.toContain("ferry");
  });

  it("says so when the pattern is not found in the window, and checks the id and body", async () => {
    const missing = await review("analyst", "0123456789abcdef", {
      status: "reviewed",
      from,
      to,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toContain("reload the patterns");
    expect(
      (await review("analyst", "not-a-pattern", { status: "reviewed" }))
        .statusCode,
    ).toBe(400);
    const unknown = await review("analyst", listing.data[0]!.id, {
      status: "reviewed",
      colour: "red",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain("colour");
  });
});

describe("who may see and review patterns", () => {
  it("lets the desk list patterns but not review them", async () => {
    const list = await t.app.inject({
      method: "GET",
      url: `/api/patterns?from=${from}&to=${to}&kind=shared_entity`,
      headers: { cookie: cookies.desk! },
    });
    expect(list.statusCode).toBe(200);
    expect(
      (list.json() as PatternListResponse).data.every(
        (p) => p.kind === "shared_entity",
      ),
    ).toBe(true);
    const attempt = await t.app.inject({
      method: "POST",
      url: `/api/patterns/${listing.data[0]!.id}/review`,
      headers: { cookie: cookies.desk! },
      payload: { status: "reviewed" },
    });
    expect(attempt.statusCode).toBe(403);
  });

  it("keeps managers and admins out, since patterns name reports, and asks a stranger to sign in", async () => {
    for (const user of ["manager", "admin"]) {
      const response = await t.app.inject({
        method: "GET",
        url: `/api/patterns?from=${from}&to=${to}`,
        headers: { cookie: cookies[user]! },
      });
      expect(response.statusCode, user).toBe(403);
    }
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/patterns?from=${from}&to=${to}`,
        })
      ).statusCode,
    ).toBe(401);
  });
});
