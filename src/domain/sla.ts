// Service-level clocks for the desk. A new report must be risk-assessed quickly; once assessed,
// it must be actioned (referred, or otherwise dealt with) within a time set by its risk.
// The policy is data (an admin can change it); these are the defaults.
import { z } from "zod";
import { RiskLevelSchema, type ReportStatus, type RiskLevel } from "./enums";

export const SlaPolicySchema = z
  .object({
    /** Minutes from receipt to a first risk assessment. */
    assessWithinMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
    /** Minutes from the first assessment to the report being actioned, by risk. */
    actionWithinMinutes: z.record(
      RiskLevelSchema,
      z
        .number()
        .int()
        .min(1)
        .max(90 * 24 * 60),
    ),
  })
  .strict()
  .meta({ id: "SlaPolicy" });
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;

export const defaultSlaPolicy: SlaPolicy = {
  assessWithinMinutes: 60,
  actionWithinMinutes: {
    immediate: 60,
    high: 24 * 60,
    medium: 3 * 24 * 60,
    low: 7 * 24 * 60,
  },
};

export interface SlaInput {
  status: ReportStatus;
  risk: RiskLevel | null;
  receivedAt: string | Date;
  firstAssessedAt: string | Date | null;
}

const minute = 60_000;

/**
 * When the report's current clock runs out, or null when no clock runs: on hold (waiting on
 * Crimestoppers), actioned (waiting on partners) and closed reports are not the desk's to chase.
 */
export function slaDueAt(
  report: SlaInput,
  policy: SlaPolicy = defaultSlaPolicy,
): Date | null {
  if (report.status !== "new" && report.status !== "triage") return null;
  if (report.risk === null || report.firstAssessedAt === null) {
    return new Date(
      new Date(report.receivedAt).getTime() +
        policy.assessWithinMinutes * minute,
    );
  }
  return new Date(
    new Date(report.firstAssessedAt).getTime() +
      policy.actionWithinMinutes[report.risk] * minute,
  );
}

export type SlaState =
  | { kind: "none" }
  | { kind: "due" | "overdue"; dueAt: Date; minutes: number; text: string };

function formatMinutes(total: number): string {
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0)
    return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** The clock as words, for the queue and the report page (colour is only ever a second signal). */
export function slaState(
  dueAt: string | Date | null,
  now: Date = new Date(),
): SlaState {
  if (dueAt === null) return { kind: "none" };
  const due = new Date(dueAt);
  const diff = Math.round((due.getTime() - now.getTime()) / minute);
  if (diff < 0)
    return {
      kind: "overdue",
      dueAt: due,
      minutes: -diff,
      text: `Overdue by ${formatMinutes(-diff)}`,
    };
  return {
    kind: "due",
    dueAt: due,
    minutes: diff,
    text: `Due in ${formatMinutes(diff)}`,
  };
}
