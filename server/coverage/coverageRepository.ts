// The coverage page's figures in three aggregate queries: coverage by group (one pass with
// GROUPING SETS), the journey funnel, and maturity against report volume per port.
// Only counts and averages leave the database; no report text is read.
import { sql } from "drizzle-orm";
import {
  addMonthsToIsoDate,
  countRank,
  maturityPriority,
  publishedCount,
  suppression,
  type Coverage,
  type CoverageGroup,
  type CoverageQuery,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { assessments, members, ports, psemsSteps, reports } from "../db/schema";
import { reviewClock } from "../members/membersRepository";
import {
  memberReviewJoins,
  reviewColumn,
  type ReviewClock,
} from "../members/membersReviewSql";

interface GroupRow {
  dimension: "nation" | "force" | "tier" | "type" | "port" | "total";
  key: string | null;
  members: number;
  covered: number;
}

/** Active members, covered when their state is current or due soon (not overdue, not never). */
async function coverageGroups(
  db: Queryable,
  clock: ReviewClock,
): Promise<GroupRow[]> {
  return queryRows<GroupRow>(
    db,
    sql`
    with member_state as (
      select ${members.type} as type, ${members.portId} as port_id, ${ports.nation} as nation,
             ${ports.territorialPoliceForce} as force, ${ports.tier}::text as tier,
             ${reviewColumn.assessmentState} in ('current', 'due_soon') as covered
      from ${members}
      join ${ports} on ${ports.id} = ${members.portId}
      ${memberReviewJoins(clock)}
      where ${members.status} = 'active'
    )
    select
      case
        when grouping(nation) = 0 then 'nation'
        when grouping(force) = 0 then 'force'
        when grouping(tier) = 0 then 'tier'
        when grouping(type) = 0 then 'type'
        when grouping(port_id) = 0 then 'port'
        else 'total'
      end as dimension,
      coalesce(nation, force, tier, type, port_id) as key,
      count(*)::int as members,
      (count(*) filter (where covered))::int as covered
    from member_state
    group by grouping sets ((nation), (force), (tier), (type), (port_id), ())`,
  );
}

interface FunnelRow {
  step: number;
  name: string;
  reached: number;
  completed: number;
}

/** Reaching step n means an assessment at step n or beyond that has started; the funnel only narrows. */
async function journeyFunnel(db: Queryable): Promise<FunnelRow[]> {
  return queryRows<FunnelRow>(
    db,
    sql`
    select s.number::int as step, s.name,
      count(distinct a.member_id)::int as reached,
      (count(distinct a.member_id) filter (where a.status = 'completed'))::int as completed
    from ${psemsSteps} s
    left join ${assessments} a
      on a.step >= s.number
     and a.status in ('in_progress', 'completed')
     and a.member_id in (select ${members.id} from ${members} where ${members.status} = 'active')
    group by s.number, s.name
    order by s.number`,
  );
}

interface MaturityRow {
  portId: string;
  members: number;
  assessedMembers: number;
  averageMaturity: number | null;
  reports: number;
}

/**
 * The report volumes as published values (rounded to base 5, "<5" for 1–4: DESIGN.md §7), ranked
 * on those values alone, most in need first, so the order gives away nothing finer.
 */
function publishedVolumes(
  rows: readonly MaturityRow[],
): Coverage["maturityVsVolume"] {
  return rows
    .map((row) => ({ ...row, reports: publishedCount(row.reports) }))
    .sort(
      (a, b) =>
        maturityPriority(b) - maturityPriority(a) ||
        (a.averageMaturity ?? -1) - (b.averageMaturity ?? -1) ||
        countRank(b.reports) - countRank(a.reports) ||
        (a.portId < b.portId ? -1 : a.portId > b.portId ? 1 : 0),
    );
}

/**
 * Per port with active members: the mean, over its members with a scored completed assessment,
 * of each one's latest mean element score; and its reports since `since`. Most in need first.
 */
async function maturityVsVolume(
  db: Queryable,
  since: string,
): Promise<MaturityRow[]> {
  return queryRows<MaturityRow>(
    db,
    sql`
    with latest as (
      select distinct on (a.member_id) a.member_id, a.scores
      from ${assessments} a
      join ${members} m on m.id = a.member_id and m.status = 'active'
      where a.status = 'completed'
      order by a.member_id, a.completed_on desc, a.updated_at desc
    ),
    member_maturity as (
      select l.member_id, avg(v.value::numeric) as maturity
      from latest l cross join lateral jsonb_each_text(l.scores) v
      group by l.member_id
    ),
    port_maturity as (
      select m.port_id, count(*)::int as members, count(mm.member_id)::int as assessed,
             round(avg(mm.maturity), 2)::float8 as average_maturity
      from ${members} m left join member_maturity mm on mm.member_id = m.id
      where m.status = 'active'
      group by m.port_id
    ),
    port_volume as (
      select pm.*, (
        select count(*)::int from ${reports}
        where ${reports.portId} = pm.port_id
          and ${reports.receivedAt} >= (${since}::date::timestamp at time zone 'Europe/London')
      ) as reports
      from port_maturity pm
    )
    select port_id as "portId", members, assessed as "assessedMembers", average_maturity as "averageMaturity", reports
    from port_volume
    order by reports * (4 - coalesce(average_maturity, 0)) desc, average_maturity asc nulls first, reports desc, port_id`,
  );
}

const share = (covered: number, total: number) =>
  total === 0 ? 0 : covered / total;

function groupsOf(
  rows: GroupRow[],
  dimension: GroupRow["dimension"],
): CoverageGroup[] {
  return rows
    .filter((row) => row.dimension === dimension)
    .map((row) => ({
      key: row.key ?? "",
      members: row.members,
      covered: row.covered,
      share: share(row.covered, row.members),
    }))
    .sort(
      (a, b) =>
        a.share - b.share ||
        b.members - a.members ||
        a.key.localeCompare(b.key),
    );
}

export async function coverage(
  db: Queryable,
  query: CoverageQuery,
  now = new Date(),
): Promise<Coverage> {
  const clock = await reviewClock(db, now);
  const reportsSince =
    query.reportsSince ?? addMonthsToIsoDate(clock.today, -12);
  const [groups, funnel, matrix] = await Promise.all([
    coverageGroups(db, clock),
    journeyFunnel(db),
    maturityVsVolume(db, reportsSince),
  ]);
  const total = groups.find((row) => row.dimension === "total");
  const activeMembers = total?.members ?? 0;
  const coveredMembers = total?.covered ?? 0;
  return {
    asOf: clock.today,
    reportsSince,
    activeMembers,
    coveredMembers,
    share: share(coveredMembers, activeMembers),
    byNation: groupsOf(groups, "nation"),
    byForce: groupsOf(groups, "force"),
    byTier: groupsOf(groups, "tier").sort((a, b) => a.key.localeCompare(b.key)),
    byMemberType: groupsOf(groups, "type"),
    funnel,
    ports: groupsOf(groups, "port").map(({ key, members: count, covered }) => ({
      portId: key,
      members: count,
      covered,
    })),
    maturityVsVolume: publishedVolumes(matrix),
    // Coverage is for managers and admins, outside the desk: always published values.
    suppression: suppression(true),
  };
}
