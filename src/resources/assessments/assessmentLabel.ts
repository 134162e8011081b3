import { formatDate } from "../../common/dates";
import {
  assessmentKindLabels,
  type Assessment,
  type AssessmentKind,
} from "../../domain";

export function assessmentKindLabel(kind: string): string {
  return assessmentKindLabels[kind as AssessmentKind] ?? kind;
}

/** How an assessment is named in titles and references: "Independent review, due 1 Mar 2027". */
export function assessmentLabel(
  assessment: Pick<Assessment, "kind" | "dueOn">,
): string {
  return `${assessmentKindLabels[assessment.kind]}, due ${formatDate(assessment.dueOn)}`;
}
