// The rows of a report's conflict dialog: every field the officer changed, and every field the
// other change touched, in words (labels, names), never raw codes.
import type { ReactNode } from "react";
import type { ConflictRow } from "../../common/ConflictDialog";
import { UserName } from "../../common/UserName";
import {
  categoryLabels,
  closureReasonLabels,
  insiderTypeLabels,
  riskLabels,
  statusLabels,
  thriveLabels,
  thriveParts,
  type Report,
  type ThrivePart,
} from "../../domain";

/** A change the officer tried to make, keyed like the rows (THRIVE parts as `thrive.<part>`). */
export type ReportIntent = Record<string, unknown>;

const fields = [
  "status",
  "closureReason",
  "assigneeId",
  "risk",
  ...thriveParts.map((part) => `thrive.${part}`),
  "riskRationale",
  "category",
  "insiderType",
  "handling",
  "summary",
] as const;

const labelMaps: Record<string, Record<string, string>> = {
  status: statusLabels,
  closureReason: closureReasonLabels,
  risk: riskLabels,
  category: categoryLabels,
  insiderType: insiderTypeLabels,
};

function valueAt(report: Report, field: string): unknown {
  if (field.startsWith("thrive."))
    return report.thrive?.[field.slice(7) as ThrivePart] || null;
  return report[field as keyof Report] ?? null;
}

/** Flattens a report patch into row keys, so THRIVE parts compare one by one. */
export function intentOf(patch: Partial<Report>): ReportIntent {
  const { thrive, ...rest } = patch;
  const intent: ReportIntent = { ...rest };
  if (thrive !== undefined) {
    for (const part of thriveParts)
      intent[`thrive.${part}`] = thrive?.[part] || null;
  }
  return intent;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function reportConflictRows(
  base: Report,
  intent: ReportIntent,
  theirs: Report,
  translate: (key: string) => string,
): ConflictRow[] {
  const show = (field: string, value: unknown): ReactNode => {
    if (value === null || value === undefined || value === "")
      return translate("triage.conflict.empty");
    if (field === "assigneeId") return <UserName id={String(value)} />;
    return labelMaps[field]?.[String(value)] ?? String(value);
  };
  const label = (field: string) =>
    field.startsWith("thrive.")
      ? `THRIVE: ${thriveLabels[field.slice(7) as ThrivePart]}`
      : translate(`resources.reports.fields.${field}`);
  return fields
    .filter((field) => {
      const changedByMe =
        field in intent && !same(intent[field], valueAt(base, field));
      return changedByMe || !same(valueAt(base, field), valueAt(theirs, field));
    })
    .map((field) => ({
      field,
      label: label(field),
      before: show(field, valueAt(base, field)),
      yours:
        field in intent && !same(intent[field], valueAt(base, field))
          ? show(field, intent[field])
          : null,
      theirs: show(field, valueAt(theirs, field)),
    }));
}
