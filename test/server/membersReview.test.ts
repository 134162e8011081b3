// Where each member's review stands: the SQL behind the register agrees with the domain rule
// for every seeded member, on several dates, and the overdue list comes most overdue first.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMonthsToIsoDate,
  londonDate,
  reviewState,
  type Member,
  type MemberListQuery,
} from "../../src/domain";
import { listMembers } from "../../server/members/membersRepository";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let manager: string;
beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login("manager");
  // A few recent major changes, so the comparison below covers that trigger too.
  await t.db.execute(sql`
    update members set major_change_on = current_date - 20
    where id in (
      select m.id from members m
      join (select member_id, max(completed_on) as last_on from assessments where status = 'completed' group by member_id) l on l.member_id = m.id
      where l.last_on < current_date - 30
        and not exists (select 1 from reports r where r.port_id = m.port_id and r.risk = 'immediate' and r.received_at > l.last_on)
      order by m.id limit 5)`);
});
afterAll(() => t.close());

const everyone = (page: number): MemberListQuery => ({
  page,
  perPage: 100,
  sort: "name",
  order: "asc",
});

async function allMembers(now: Date): Promise<Member[]> {
  const all: Member[] = [];
  for (let page = 1; ; page++) {
    const { data, total } = await listMembers(
      t.db,
      everyone(page),
      { sort: "name", order: "asc" },
      now,
    );
    all.push(...data);
    if (all.length >= total) return all;
  }
}

/** The domain rule fed from plain SQL reads, independent of the register's query. */
async function expectedStates(today: string, reviewCycleYears = 5) {
  const completed = await rows<{ member_id: string; last_on: string }>(
    t.db,
    sql`select member_id, max(completed_on)::text as last_on from assessments where status = 'completed' group by member_id`,
  );
  const highRisk = await rows<{ port_id: string; received_at: Date }>(
    t.db,
    sql`select port_id, received_at from reports where risk = 'immediate'`,
  );
  const reportsByPort = new Map<string, string[]>();
  for (const r of highRisk)
    reportsByPort.set(r.port_id, [
      ...(reportsByPort.get(r.port_id) ?? []),
      londonDate(r.received_at),
    ]);
  const lastById = new Map(completed.map((c) => [c.member_id, c.last_on]));
  const memberRows = await rows<{
    id: string;
    port_id: string;
    major_change_on: string | null;
  }>(t.db, sql`select id, port_id, major_change_on::text from members`);
  return new Map(
    memberRows.map((m) => [
      m.id,
      reviewState({
        lastCompletedOn: lastById.get(m.id) ?? null,
        majorChangeOn: m.major_change_on,
        highRiskReportsOn: reportsByPort.get(m.port_id) ?? [],
        today,
        reviewCycleYears,
      }),
    ]),
  );
}

describe("the review state in the register", () => {
  it.each([0, 9, 30, 60])(
    "matches the domain rule for every member, %i months from now",
    async (monthsAhead) => {
      const today = addMonthsToIsoDate(londonDate(new Date()), monthsAhead);
      const now = new Date(`${today}T12:00:00Z`);
      const expected = await expectedStates(today);
      const members = await allMembers(now);
      expect(members).toHaveLength(expected.size);
      for (const member of members) {
        const {
          lastAssessedOn,
          nextReviewDue,
          reviewTrigger,
          reviewWarning,
          assessmentState,
        } = member;
        expect(
          {
            lastAssessedOn,
            nextReviewDue,
            reviewTrigger,
            reviewWarning,
            assessmentState,
          },
          member.name,
        ).toEqual(expected.get(member.id));
      }
      const states = new Set(members.map((m) => m.assessmentState));
      expect(states.has("never")).toBe(true);
      if (monthsAhead === 0) {
        expect(states.size).toBe(4);
        expect(new Set(members.map((m) => m.reviewTrigger))).toEqual(
          new Set([null, "cycle", "major_change", "high_risk_report"]),
        );
      }
    },
  );

  it("follows the review cycle the framework sets", async () => {
    await t.db.execute(sql`update psems_framework set review_cycle_years = 2`);
    try {
      const today = londonDate(new Date());
      const expected = await expectedStates(today, 2);
      const members = await allMembers(new Date());
      for (const member of members)
        expect(member.nextReviewDue, member.name).toBe(
          expected.get(member.id)!.nextReviewDue,
        );
      expect(
        members.some(
          (m) =>
            m.reviewTrigger === "cycle" &&
            m.nextReviewDue === addMonthsToIsoDate(m.lastAssessedOn!, 24),
        ),
      ).toBe(true);
    } finally {
      await t.db.execute(
        sql`update psems_framework set review_cycle_years = 5`,
      );
    }
  });

  it("lists overdue reviews most overdue first, and counts them as the rule does", async () => {
    const expected = await expectedStates(londonDate(new Date()));
    const overdueCount = [...expected.values()].filter(
      (s) => s.assessmentState === "overdue",
    ).length;
    expect(overdueCount).toBeGreaterThan(0);
    const response = await t.app.inject({
      method: "GET",
      url: "/api/members?assessmentState=overdue&perPage=100",
      headers: { cookie: manager },
    });
    const body = response.json() as { data: Member[]; total: number };
    expect(body.total).toBe(overdueCount);
    const dues = body.data.map((m) => m.nextReviewDue!);
    expect(dues).toEqual([...dues].sort());
    expect(body.data.every((m) => m.reviewWarning === "overdue")).toBe(true);

    const byName = (
      await t.app.inject({
        method: "GET",
        url: "/api/members?assessmentState=overdue&sort=name&perPage=100",
        headers: { cookie: manager },
      })
    ).json();
    const names = byName.data.map((m: Member) => m.name);
    expect(names).toEqual(
      [...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });

  it("brings a current member's review forward three months after a major change is recorded", async () => {
    const current = (
      await t.app.inject({
        method: "GET",
        url: "/api/members?assessmentState=current&perPage=1",
        headers: { cookie: manager },
      })
    ).json().data[0] as Member;
    expect(current).toBeDefined();
    const today = londonDate(new Date());
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/members/${current.id}`,
      headers: { cookie: manager, "if-match": `"${current.version}"` },
      payload: { majorChangeOn: today },
    });
    expect(response.statusCode).toBe(200);
    const changed = response.json() as Member;
    expect(current.lastAssessedOn! < today).toBe(true);
    expect(changed).toMatchObject({
      nextReviewDue: addMonthsToIsoDate(today, 3),
      reviewTrigger: "major_change",
      reviewWarning: "3_months",
      assessmentState: "due_soon",
    });
  });
});
