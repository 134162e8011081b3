// The rules an assessment must meet before it is saved, whichever way it is saved (create, edit,
// baseline): checked on the whole record after the change, so no edit can leave it inconsistent.
import type { Assessment } from "./assessment";
import { addMonthsToIsoDate } from "./reviewCycle";
import type { FieldProblem } from "./problem";

type AssessmentFacts = Pick<
  Assessment,
  | "kind"
  | "status"
  | "startedOn"
  | "completedOn"
  | "reviewerName"
  | "conflictOfInterestDeclared"
  | "scores"
>;

/** An independent review or on-site evaluation is done by someone outside the member. */
export function needsIndependentReviewer(kind: Assessment["kind"]): boolean {
  return kind !== "self_gap_analysis";
}

export function assessmentProblems(
  assessment: AssessmentFacts,
  today: string,
  elementKeys: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) =>
    problems.push({ field, message });

  if (needsIndependentReviewer(assessment.kind)) {
    if (!assessment.reviewerName) {
      add(
        "reviewerName",
        "name the independent reviewer: an independent review or on-site evaluation cannot be saved without one",
      );
    }
    if (!assessment.conflictOfInterestDeclared) {
      add(
        "conflictOfInterestDeclared",
        "the reviewer must declare any conflict of interest (set conflictOfInterestDeclared to true) before an independent review or on-site evaluation is saved",
      );
    }
  }

  const { status, startedOn, completedOn } = assessment;
  if (
    (status === "in_progress" || status === "completed") &&
    startedOn === null
  ) {
    add(
      "startedOn",
      `give the date the assessment started: it is ${status === "completed" ? "completed" : "in progress"}`,
    );
  }
  if (status === "completed" && completedOn === null)
    add("completedOn", "give the date the assessment was completed");
  if (status !== "completed" && completedOn !== null)
    add(
      "completedOn",
      "only a completed assessment has a completion date; clear it or set the status to completed",
    );
  if (startedOn !== null && startedOn > today)
    add("startedOn", "startedOn cannot be in the future");
  if (completedOn !== null && completedOn > today)
    add("completedOn", "completedOn cannot be in the future");
  if (startedOn !== null && completedOn !== null && completedOn < startedOn)
    add("completedOn", "completedOn cannot be before startedOn");

  const known = new Set(elementKeys);
  for (const key of Object.keys(assessment.scores)) {
    if (!known.has(key))
      add(
        `scores.${key}`,
        `${key} is not a PSeMS element; score one of: ${elementKeys.join(", ")}`,
      );
  }
  return problems;
}

/**
 * The due date when none is given: a completed assessment's routine review, else the member's
 * next review when still ahead, else three months from today.
 */
export function defaultAssessmentDueOn(
  assessment: Pick<Assessment, "status" | "completedOn">,
  memberNextReviewDue: string | null,
  today: string,
  reviewCycleYears: number,
): string {
  if (assessment.status === "completed" && assessment.completedOn !== null) {
    return addMonthsToIsoDate(assessment.completedOn, 12 * reviewCycleYears);
  }
  if (memberNextReviewDue !== null && memberNextReviewDue >= today)
    return memberNextReviewDue;
  return addMonthsToIsoDate(today, 3);
}
