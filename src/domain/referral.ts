// Referrals: sending a report to the force or agency that can act on it, and tracking that it
// was acknowledged and what came of it. The port's own forces are suggested from reference data.
import { z } from "zod";
import type { Port } from "./port";
import type { ReportCategory } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";

export const referralTargetKinds = [
  "territorial_force",
  "port_police",
  "agency",
] as const;
export const ReferralTargetKindSchema = z.enum(referralTargetKinds);
export type ReferralTargetKind = z.infer<typeof ReferralTargetKindSchema>;

export const referralTargetKindLabels: Record<ReferralTargetKind, string> = {
  territorial_force: "Territorial police force",
  port_police: "Port police",
  agency: "Agency",
};

export const agencies = [
  "National Crime Agency",
  "Border Force",
  "Counter Terrorism Policing",
  "HM Revenue & Customs",
  "British Transport Police",
] as const;

export const referralStates = [
  "awaiting_acknowledgement",
  "awaiting_outcome",
  "complete",
] as const;
export const ReferralStateSchema = z.enum(referralStates);
export type ReferralState = z.infer<typeof ReferralStateSchema>;

export const referralStateLabels: Record<ReferralState, string> = {
  awaiting_acknowledgement: "Awaiting acknowledgement",
  awaiting_outcome: "Awaiting outcome",
  complete: "Outcome recorded",
};

const isoDateTime = z.iso.datetime({ offset: true });

export const ReferralSchema = z
  .object({
    id: z.uuid(),
    reportId: z.uuid(),
    /** The report's reference, so the register reads without a second look-up. */
    reportReference: z.string(),
    targetKind: ReferralTargetKindSchema,
    targetName: z.string(),
    note: z.string().nullable(),
    sentAt: isoDateTime,
    sentById: z.uuid().nullable(),
    acknowledgedAt: isoDateTime.nullable(),
    outcome: z.string().nullable(),
    outcomeAt: isoDateTime.nullable(),
    state: ReferralStateSchema,
    version: z.number().int().min(1),
  })
  .meta({ id: "Referral" });
export type Referral = z.infer<typeof ReferralSchema>;

export const ReferralCreateSchema = z
  .object({
    targetKind: ReferralTargetKindSchema,
    targetName: z.string().trim().min(2, "name the force or agency").max(200),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type ReferralCreate = z.infer<typeof ReferralCreateSchema>;

/** Record an acknowledgement, then an outcome; each is a command on the referral. */
export const ReferralUpdateSchema = z
  .object({
    acknowledged: z.literal(true).optional(),
    outcome: z
      .string()
      .trim()
      .min(2, "describe the outcome")
      .max(2000)
      .optional(),
  })
  .strict()
  .refine((u) => u.acknowledged || u.outcome, {
    message: "record an acknowledgement or an outcome",
  });
export type ReferralUpdate = z.infer<typeof ReferralUpdateSchema>;

export const referralSortFields = [
  "sentAt",
  "targetName",
  "acknowledgedAt",
] as const;
export const ReferralListQuerySchema = listQuerySchema(
  referralSortFields,
  "sentAt",
  {
    state: oneOrMany(ReferralStateSchema).optional(),
    reportId: z.uuid("reportId must be a report id").optional(),
    targetKind: oneOrMany(ReferralTargetKindSchema).optional(),
  },
);
export type ReferralListQuery = z.infer<typeof ReferralListQuerySchema>;
export const ReferralListResponseSchema = listResponseSchema(ReferralSchema);

export function referralState(r: {
  acknowledgedAt: unknown;
  outcome: unknown;
}): ReferralState {
  if (r.outcome) return "complete";
  return r.acknowledgedAt ? "awaiting_outcome" : "awaiting_acknowledgement";
}

export const ReferralSuggestionSchema = z
  .object({
    targetKind: ReferralTargetKindSchema,
    targetName: z.string(),
    why: z.string(),
  })
  .meta({ id: "ReferralSuggestion" });
export type ReferralSuggestion = z.infer<typeof ReferralSuggestionSchema>;
export const ReferralSuggestionListResponseSchema = z.object({
  data: z.array(ReferralSuggestionSchema),
});

/** Agencies with a national remit for each category of report. */
const agenciesByCategory: Partial<
  Record<ReportCategory, (typeof agencies)[number][]>
> = {
  insider_threat: ["National Crime Agency", "Border Force"],
  drugs: ["National Crime Agency", "Border Force"],
  people_smuggling: ["Border Force", "National Crime Agency"],
  firearms_weapons: ["National Crime Agency", "Border Force"],
  terrorism_hostile_reconnaissance: ["Counter Terrorism Policing"],
  excise_smuggling: ["HM Revenue & Customs", "Border Force"],
  modern_slavery: ["National Crime Agency"],
  fraud_bribery_corruption: ["National Crime Agency"],
};

/** The port's territorial and port police forces first, then the agencies for the category. */
export function suggestReferralTargets(
  port: Port,
  category: ReportCategory,
): ReferralSuggestion[] {
  const suggestions: ReferralSuggestion[] = [
    {
      targetKind: "territorial_force",
      targetName: port.territorialPoliceForce,
      why: `territorial force for ${port.name}`,
    },
  ];
  if (port.portPoliceForce) {
    suggestions.push({
      targetKind: "port_police",
      targetName: port.portPoliceForce,
      why: `port police at ${port.name}`,
    });
  }
  for (const agency of agenciesByCategory[category] ?? []) {
    suggestions.push({
      targetKind: "agency",
      targetName: agency,
      why: "national remit for this category",
    });
  }
  return suggestions;
}
