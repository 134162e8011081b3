// A PSeMS assessment of a member: self GAP analysis, independent review or on-site evaluation.
import { z } from "zod";
import { AssessmentKindSchema, AssessmentStatusSchema } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";

const isoDate = z.iso.date();

/** Maturity per PSeMS element, 0 (absent) to 4 (optimised), keyed by element key. */
export const MaturityScoresSchema = z.record(z.string(), z.number().int().min(0).max(4));

export const AssessmentSchema = z
  .object({
    id: z.uuid(),
    memberId: z.uuid(),
    kind: AssessmentKindSchema,
    /** Step of the four-step journey (names are data: see psems.ts). */
    step: z.number().int().min(1).max(4),
    status: AssessmentStatusSchema,
    startedOn: isoDate.nullable(),
    completedOn: isoDate.nullable(),
    /** When the next review falls due. */
    dueOn: isoDate,
    reviewerName: z.string().nullable(),
    conflictOfInterestDeclared: z.boolean(),
    accountableManager: z.string().nullable(),
    scores: MaturityScoresSchema,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    version: z.number().int().min(1),
  })
  .meta({ id: "Assessment" });
export type Assessment = z.infer<typeof AssessmentSchema>;

export const assessmentSortFields = ["dueOn", "startedOn", "completedOn", "kind", "status", "step"] as const;

export const AssessmentListQuerySchema = listQuerySchema(assessmentSortFields, "dueOn", {
  memberId: oneOrMany(z.uuid("memberId must be a member id")).optional(),
  kind: oneOrMany(AssessmentKindSchema).optional(),
  status: oneOrMany(AssessmentStatusSchema).optional(),
  dueBefore: isoDate.optional(),
});
export type AssessmentListQuery = z.infer<typeof AssessmentListQuerySchema>;

export const AssessmentListResponseSchema = listResponseSchema(AssessmentSchema);
