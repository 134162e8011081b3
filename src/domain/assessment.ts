// A PSeMS assessment of a member: self GAP analysis, independent review or on-site evaluation.
import { z } from "zod";
import { dateInput } from "./dates";
import {
  AssessmentKindSchema,
  AssessmentStatusSchema,
  assessmentKinds,
  assessmentStatuses,
} from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";
import { psemsStepCount } from "./psems";

const isoDate = z.iso.date();

/** Maturity per PSeMS element, 0 (absent) to 4 (optimised), keyed by element key. */
export const MaturityScoresSchema = z.record(
  z.string(),
  z.number().int().min(0).max(4),
);

export const actionItemStatuses = [
  "open",
  "in_progress",
  "done",
  "cancelled",
] as const;
export const ActionItemStatusSchema = z.enum(actionItemStatuses);
export type ActionItemStatus = z.infer<typeof ActionItemStatusSchema>;

export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};

/** Something the assessment found to put right, with who does it and by when. */
export const ActionItemSchema = z
  .object({
    id: z.uuid(),
    description: z.string(),
    owner: z.string(),
    dueOn: isoDate,
    status: ActionItemStatusSchema,
  })
  .meta({ id: "ActionItem" });
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const AssessmentSchema = z
  .object({
    id: z.uuid(),
    memberId: z.uuid(),
    kind: AssessmentKindSchema,
    /** Step of the four-step journey (names are data: see psems.ts). */
    step: z.number().int().min(1).max(psemsStepCount),
    status: AssessmentStatusSchema,
    startedOn: isoDate.nullable(),
    completedOn: isoDate.nullable(),
    /** Completed: when its routine review falls due. Otherwise: the target date to complete it. */
    dueOn: isoDate,
    reviewerName: z.string().nullable(),
    conflictOfInterestDeclared: z.boolean(),
    accountableManager: z.string().nullable(),
    scores: MaturityScoresSchema,
    actionItems: z.array(ActionItemSchema),
    /** The earlier assessment this one started from, if any. */
    baselineId: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    version: z.number().int().min(1),
  })
  .meta({ id: "Assessment" });
export type Assessment = z.infer<typeof AssessmentSchema>;

export const assessmentSortFields = [
  "dueOn",
  "startedOn",
  "completedOn",
  "kind",
  "status",
  "step",
] as const;

export const AssessmentListQuerySchema = listQuerySchema(
  assessmentSortFields,
  "dueOn",
  {
    memberId: oneOrMany(z.uuid("memberId must be a member id")).optional(),
    kind: oneOrMany(AssessmentKindSchema).optional(),
    status: oneOrMany(AssessmentStatusSchema).optional(),
    step: oneOrMany(
      z.coerce.number().int().min(1).max(psemsStepCount),
    ).optional(),
    dueBefore: dateInput(
      "dueBefore must be a date such as 2026-03-31",
    ).optional(),
  },
);
export type AssessmentListQuery = z.infer<typeof AssessmentListQuerySchema>;

export const AssessmentListResponseSchema =
  listResponseSchema(AssessmentSchema);

const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, `${field} is at most ${max} characters`)
    .nullable()
    .transform((value) => (value === "" ? null : value));

const dateField = (field: string) =>
  dateInput(`${field} must be a date such as 2026-03-31`);

/** An action item as sent by the form: a new one has no id yet. */
export const ActionItemInputSchema = z
  .object({
    id: z
      .uuid(
        "id must be the id of an existing action item; leave it out for a new one",
      )
      .optional(),
    description: z
      .string({ error: "description is required" })
      .trim()
      .min(1, "describe the action")
      .max(500, "description is at most 500 characters"),
    owner: z
      .string({ error: "owner is required" })
      .trim()
      .min(1, "name who owns the action")
      .max(120, "owner is at most 120 characters"),
    dueOn: dateField("dueOn"),
    status: z
      .enum(actionItemStatuses, {
        error: `status must be one of: ${actionItemStatuses.join(", ")}`,
      })
      .default("open"),
  })
  .strict();
export type ActionItemInput = z.infer<typeof ActionItemInputSchema>;

const assessmentFieldRules = {
  kind: z.enum(assessmentKinds, {
    error: `kind must be one of: ${assessmentKinds.join(", ")}`,
  }),
  step: z
    .number({ error: "step must be a number from 1 to 4" })
    .int("step must be a whole number")
    .min(1, "step must be 1 to 4")
    .max(psemsStepCount, "step must be 1 to 4"),
  status: z.enum(assessmentStatuses, {
    error: `status must be one of: ${assessmentStatuses.join(", ")}`,
  }),
  startedOn: dateField("startedOn").nullable(),
  completedOn: dateField("completedOn").nullable(),
  dueOn: dateField("dueOn"),
  reviewerName: optionalText("reviewerName", 120),
  conflictOfInterestDeclared: z.boolean({
    error: "conflictOfInterestDeclared must be true or false",
  }),
  accountableManager: optionalText("accountableManager", 120),
  scores: z.record(
    z.string(),
    z
      .number({ error: "a score must be a number" })
      .int("a score is a whole number")
      .min(0, "a score is 0 to 4")
      .max(4, "a score is 0 to 4"),
  ),
  actionItems: z
    .array(ActionItemInputSchema)
    .max(200, "at most 200 action items"),
};

/**
 * POST /api/assessments. Left out: a planned status, no dates, no scores. `dueOn` defaults to
 * the routine review date for a completed assessment and otherwise to the member's next review.
 */
export const AssessmentCreateSchema = z
  .object({
    memberId: z.uuid("memberId must be the id of a member"),
    ...assessmentFieldRules,
    status: assessmentFieldRules.status.default("planned"),
    startedOn: assessmentFieldRules.startedOn.default(null),
    completedOn: assessmentFieldRules.completedOn.default(null),
    dueOn: assessmentFieldRules.dueOn.optional(),
    reviewerName: assessmentFieldRules.reviewerName.default(null),
    conflictOfInterestDeclared:
      assessmentFieldRules.conflictOfInterestDeclared.default(false),
    accountableManager: assessmentFieldRules.accountableManager.default(null),
    scores: assessmentFieldRules.scores.default({}),
    actionItems: assessmentFieldRules.actionItems.default([]),
  })
  .strict();
export type AssessmentCreate = z.infer<typeof AssessmentCreateSchema>;

/** PATCH /api/assessments/:id (with If-Match). `actionItems` replaces the whole list. */
export const AssessmentPatchSchema = z
  .object(assessmentFieldRules)
  .partial()
  .strict()
  // Only once every key is known: an unknown key is reported on its own.
  .refine((patch) => Object.keys(patch).length > 0, {
    message: "send at least one field to change",
    when: (payload) => payload.issues.length === 0,
  });
export type AssessmentPatch = z.infer<typeof AssessmentPatchSchema>;

/**
 * POST /api/assessments/:id/baseline: a new planned assessment that starts from this one. By
 * default the journey starts again with a self-help GAP analysis (step 1).
 */
export const AssessmentBaselineRequestSchema = z
  .object({
    kind: assessmentFieldRules.kind.default("self_gap_analysis"),
    step: assessmentFieldRules.step.default(1),
    dueOn: assessmentFieldRules.dueOn.optional(),
    reviewerName: assessmentFieldRules.reviewerName.default(null),
    conflictOfInterestDeclared:
      assessmentFieldRules.conflictOfInterestDeclared.default(false),
  })
  .strict();
export type AssessmentBaselineRequest = z.infer<
  typeof AssessmentBaselineRequestSchema
>;
