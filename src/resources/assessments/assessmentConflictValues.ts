// An assessment's fields in words, for the conflict dialog: labels, dates, scores and actions.
import { formatDate } from "../../common/dates";
import {
  assessmentKindLabels,
  assessmentStatusLabels,
  type Assessment,
  type AssessmentKind,
  type AssessmentStatus,
} from "../../domain";

export const assessmentConflictFields = [
  "kind",
  "step",
  "status",
  "startedOn",
  "completedOn",
  "dueOn",
  "reviewerName",
  "conflictOfInterestDeclared",
  "accountableManager",
  "scores",
  "actionItems",
] as const satisfies readonly (keyof Assessment)[];

export function formatAssessmentValue(
  field: keyof Assessment,
  value: unknown,
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  switch (field) {
    case "kind":
      return assessmentKindLabels[value as AssessmentKind];
    case "status":
      return assessmentStatusLabels[value as AssessmentStatus];
    case "startedOn":
    case "completedOn":
    case "dueOn":
      return formatDate(String(value));
    case "scores": {
      const entries = Object.entries(value as Record<string, number | null>)
        .filter(([, score]) => typeof score === "number")
        .map(([key, score]) => `${key} ${score}`);
      return entries.length > 0 ? entries.join(", ") : "None";
    }
    case "actionItems": {
      const items = value as { description?: string; status?: string }[];
      return items.length === 0
        ? "None"
        : items
            .map((item) => `${item.description ?? ""} (${item.status ?? ""})`)
            .join("; ");
    }
    default:
      return String(value);
  }
}
