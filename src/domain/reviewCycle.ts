// When a member's PSeMS assessment must next be reviewed, and how loudly to warn about it.
// The server computes the same rule in SQL (server/members/membersReviewSql.ts) so lists can
// filter and sort by it; a server test checks every seeded member against this function.
import { z } from "zod";
import type { RiskLevel } from "./enums";
import { defaultReviewCycleYears } from "./psems";

/** What set the due date: the routine cycle, or an event that brought it forward. */
export const reviewTriggers = [
  "cycle",
  "major_change",
  "high_risk_report",
] as const;
export const ReviewTriggerSchema = z.enum(reviewTriggers);
export type ReviewTrigger = z.infer<typeof ReviewTriggerSchema>;

export const reviewWarnings = [
  "overdue",
  "3_months",
  "6_months",
  "12_months",
] as const;
export const ReviewWarningSchema = z.enum(reviewWarnings);
export type ReviewWarning = z.infer<typeof ReviewWarningSchema>;

/**
 * Where a member stands, as four states that never overlap: `never` completed an assessment,
 * `overdue`, `due_soon` (within the 12-month warning), or `current`. A member is "covered" when
 * it is `current` or `due_soon`: it holds a completed assessment that is not overdue.
 */
export const assessmentStates = [
  "current",
  "due_soon",
  "overdue",
  "never",
] as const;
export const AssessmentStateSchema = z.enum(assessmentStates);
export type AssessmentState = z.infer<typeof AssessmentStateSchema>;

export const reviewTriggerLabels: Record<ReviewTrigger, string> = {
  cycle: "Routine review cycle",
  major_change: "Major change at the member",
  high_risk_report: "High-risk report at its port",
};

export const reviewWarningLabels: Record<ReviewWarning, string> = {
  overdue: "Review overdue",
  "3_months": "Review due within 3 months",
  "6_months": "Review due within 6 months",
  "12_months": "Review due within 12 months",
};

export const assessmentStateLabels: Record<AssessmentState, string> = {
  current: "Current",
  due_soon: "Review due soon",
  overdue: "Review overdue",
  never: "Never assessed",
};

/**
 * A major change, or a high-risk report at the member's port, after the last completed
 * assessment brings the review forward to this many months after the event: long enough to
 * arrange an independent reviewer, short enough that the "3 months" warning shows at once.
 */
export const eventReviewMonths = 3;

/**
 * Reports at these risk levels bring a review forward. Only "immediate": at busy ports a high-risk
 * report arrives most months, and counting those would keep nearly every member overdue, which
 * hides the reviews that are really late.
 */
export const reviewTriggerRisks: readonly RiskLevel[] = ["immediate"];

/** Warning thresholds in months before the due date, nearest first. */
const warningSteps: readonly [Exclude<ReviewWarning, "overdue">, number][] = [
  ["3_months", 3],
  ["6_months", 6],
  ["12_months", 12],
];

/**
 * The same day `months` later (or earlier), moved back to the month's last day when that month is
 * shorter — exactly PostgreSQL's `date + interval 'n months'`, so the SQL and this agree.
 */
export function addMonthsToIsoDate(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

const londonDates = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in the UK at an instant: JMSC's "today" and the day a report came in. */
export function londonDate(instant: Date | string): string {
  return londonDates.format(new Date(instant));
}

export interface ReviewCycleInput {
  /** The latest completion date of the member's completed assessments, or null. */
  lastCompletedOn: string | null;
  /** The date of the latest major change recorded at the member. */
  majorChangeOn: string | null;
  /** UK dates of the reports at the member's port whose risk is high or immediate. */
  highRiskReportsOn: readonly string[];
  /** Today's UK date. */
  today: string;
  reviewCycleYears?: number;
}

export interface ReviewState {
  lastAssessedOn: string | null;
  nextReviewDue: string | null;
  reviewTrigger: ReviewTrigger | null;
  reviewWarning: ReviewWarning | null;
  assessmentState: AssessmentState;
}

export function reviewWarningFor(
  nextReviewDue: string,
  today: string,
): ReviewWarning | null {
  if (today > nextReviewDue) return "overdue";
  const step = warningSteps.find(
    ([, months]) => today >= addMonthsToIsoDate(nextReviewDue, -months),
  );
  return step ? step[0] : null;
}

/**
 * The next review falls due `reviewCycleYears` after the last completed assessment, or sooner:
 * `eventReviewMonths` after a major change or after the first high-risk report at the port, when
 * either happened after the day of that assessment. On a tie the event is named as the trigger.
 * A member that never completed an assessment has no due date: it is `never`, a state of its own.
 */
export function reviewState(input: ReviewCycleInput): ReviewState {
  const last = input.lastCompletedOn;
  if (last === null) {
    return {
      lastAssessedOn: null,
      nextReviewDue: null,
      reviewTrigger: null,
      reviewWarning: null,
      assessmentState: "never",
    };
  }
  const candidates: [ReviewTrigger, string][] = [];
  if (input.majorChangeOn !== null && input.majorChangeOn > last) {
    candidates.push([
      "major_change",
      addMonthsToIsoDate(input.majorChangeOn, eventReviewMonths),
    ]);
  }
  const firstReport = input.highRiskReportsOn
    .filter((on) => on > last)
    .sort()[0];
  if (firstReport !== undefined) {
    candidates.push([
      "high_risk_report",
      addMonthsToIsoDate(firstReport, eventReviewMonths),
    ]);
  }
  candidates.push([
    "cycle",
    addMonthsToIsoDate(
      last,
      12 * (input.reviewCycleYears ?? defaultReviewCycleYears),
    ),
  ]);
  // Earliest date wins; the stable sort keeps the event ahead of the cycle on a tie.
  const [trigger, due] = [...candidates].sort((a, b) =>
    a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
  )[0]!;
  const warning = reviewWarningFor(due, input.today);
  const assessmentState: AssessmentState =
    warning === "overdue"
      ? "overdue"
      : warning === null
        ? "current"
        : "due_soon";
  return {
    lastAssessedOn: last,
    nextReviewDue: due,
    reviewTrigger: trigger,
    reviewWarning: warning,
    assessmentState,
  };
}

/** Covered: a completed assessment that is not overdue. */
export function isCovered(state: AssessmentState): boolean {
  return state === "current" || state === "due_soon";
}
