// Where each member's PSeMS review stands, by the domain rule the server computes in SQL
// (membersReviewSql.ts). The mock stores it on each member, so every write that can move it
// (an assessment saved, a member edited, the review cycle changed) recomputes it here.
import {
  londonDate,
  reviewState,
  reviewTriggerRisks,
  type Member,
  type MemberRecord,
} from "../../src/domain";
import type { MockDb } from "../mockDb";

export function withReviewState(
  db: MockDb,
  record: MemberRecord,
  reviewCycleYears: number,
): Member {
  const lastCompletedOn =
    db.assessments
      .filter(
        (a) =>
          a.memberId === record.id &&
          a.status === "completed" &&
          a.completedOn !== null,
      )
      .map((a) => a.completedOn as string)
      .sort()
      .at(-1) ?? null;
  const highRiskReportsOn = db.reports
    .filter(
      (report) =>
        report.portId === record.portId &&
        report.risk !== null &&
        reviewTriggerRisks.includes(report.risk),
    )
    .map((report) => londonDate(report.receivedAt));
  return {
    ...record,
    ...reviewState({
      lastCompletedOn,
      majorChangeOn: record.majorChangeOn,
      highRiskReportsOn,
      today: londonDate(db.now()),
      reviewCycleYears,
    }),
  };
}

/** Recomputes the review state of these members (all when `ids` is omitted), replacing each. */
export function refreshReviewStates(
  db: MockDb,
  reviewCycleYears: number,
  ids?: readonly string[],
): void {
  const wanted = ids ? new Set(ids) : null;
  db.members = db.members.map((member) =>
    wanted && !wanted.has(member.id)
      ? member
      : withReviewState(db, member, reviewCycleYears),
  );
}
