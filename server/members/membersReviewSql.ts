// Where each member's PSeMS review stands, in SQL, so the register can filter, sort and count by
// it in the database. It mirrors reviewState() in src/domain/reviewCycle.ts clause by clause;
// test/server/membersReview.test.ts checks every seeded member against that function.
import { sql, type SQL } from "drizzle-orm";
import {
  eventReviewMonths,
  reviewTriggerRisks,
  type AssessmentState,
  type ReviewTrigger,
  type ReviewWarning,
} from "../../src/domain";
import { assessments, members, reports } from "../db/schema";

/** "Today" and the cycle length the rule is evaluated with. */
export interface ReviewClock {
  today: string;
  reviewCycleYears: number;
}

/**
 * Lateral joins that follow `from members` and give each member its review columns. The last
 * completed assessment comes from assessments_member_completed_idx; the first high-risk report
 * after it walks reports_port_received_idx and stops at the first match.
 */
export function memberReviewJoins({
  today,
  reviewCycleYears,
}: ReviewClock): SQL {
  const warnAt = (months: number) =>
    sql`(review_next.next_review_due - make_interval(months => ${months}::int))::date`;
  return sql`
    left join lateral (
      select max(${assessments.completedOn}) as last_on from ${assessments}
      where ${assessments.memberId} = ${members.id} and ${assessments.status} = 'completed'
    ) review_last on true
    left join lateral (
      select ${reports.receivedAt} as received_at from ${reports}
      where ${reports.portId} = ${members.portId}
        -- Through coalesce so the planner walks the port's reports in time order and stops at
        -- the first match, instead of intersecting with every high-risk report in the country.
        and coalesce(${reports.risk}, '') in ${reviewTriggerRisks}
        and ${reports.receivedAt} >= ((review_last.last_on + 1)::timestamp at time zone 'Europe/London')
      order by ${reports.receivedAt} asc
      limit 1
    ) review_report on true
    cross join lateral (
      select
        (review_last.last_on + make_interval(months => ${12 * reviewCycleYears}::int))::date as cycle_due,
        case when ${members.majorChangeOn} > review_last.last_on
          then (${members.majorChangeOn} + make_interval(months => ${eventReviewMonths}::int))::date end as change_due,
        ((review_report.received_at at time zone 'Europe/London')::date + make_interval(months => ${eventReviewMonths}::int))::date as report_due
    ) review_due
    cross join lateral (
      select least(review_due.cycle_due, review_due.change_due, review_due.report_due) as next_review_due
    ) review_next
    cross join lateral (
      select
        case
          when review_next.next_review_due is null then null
          when review_due.change_due = review_next.next_review_due then 'major_change'
          when review_due.report_due = review_next.next_review_due then 'high_risk_report'
          else 'cycle'
        end as review_trigger,
        case
          when review_next.next_review_due is null then null
          when ${today}::date > review_next.next_review_due then 'overdue'
          when ${today}::date >= ${warnAt(3)} then '3_months'
          when ${today}::date >= ${warnAt(6)} then '6_months'
          when ${today}::date >= ${warnAt(12)} then '12_months'
        end as review_warning
    ) review_flags
    cross join lateral (
      select case
        when review_last.last_on is null then 'never'
        when review_flags.review_warning = 'overdue' then 'overdue'
        when review_flags.review_warning is not null then 'due_soon'
        else 'current'
      end as assessment_state
    ) review_state`;
}

/** The review columns, by name, for filters and ORDER BY after memberReviewJoins. */
export const reviewColumn = {
  lastAssessedOn: sql`review_last.last_on`,
  nextReviewDue: sql`review_next.next_review_due`,
  reviewTrigger: sql`review_flags.review_trigger`,
  reviewWarning: sql`review_flags.review_warning`,
  assessmentState: sql`review_state.assessment_state`,
} as const;

export interface MemberReviewRow {
  id: string;
  lastAssessedOn: string | null;
  nextReviewDue: string | null;
  reviewTrigger: ReviewTrigger | null;
  reviewWarning: ReviewWarning | null;
  assessmentState: AssessmentState;
}

/** The SELECT list of MemberReviewRow (dates as text: drivers disagree on how they parse them). */
export const memberReviewSelect = sql`
  ${members.id} as "id",
  review_last.last_on::text as "lastAssessedOn",
  review_next.next_review_due::text as "nextReviewDue",
  review_flags.review_trigger as "reviewTrigger",
  review_flags.review_warning as "reviewWarning",
  review_state.assessment_state as "assessmentState"`;
