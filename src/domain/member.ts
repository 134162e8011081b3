// A PortSafe member: an organisation registered with JMSC, at a port, with where its PSeMS
// review stands (computed by the server from its assessments: see reviewCycle.ts).
import { z } from "zod";
import { dateInput } from "./dates";
import {
  MemberStatusSchema,
  MemberTypeSchema,
  memberStatuses,
  memberTypes,
  nations,
} from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";
import {
  AssessmentStateSchema,
  ReviewTriggerSchema,
  ReviewWarningSchema,
} from "./reviewCycle";

const isoDate = z.iso.date();

/** What is stored for a member: everything a manager edits. */
export const MemberRecordSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: MemberTypeSchema,
  portId: z.string(),
  /** The PFSO or security manager JMSC deals with. */
  contactName: z.string(),
  contactRole: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  joinedOn: isoDate,
  /** The PortSafe Digital Asset Pack (guide, posters, digital media) has been sent. */
  assetPackIssued: z.boolean(),
  /** Online access to NaCTSO's ACT services has been given. */
  actAccess: z.boolean(),
  newsletter: z.boolean(),
  status: MemberStatusSchema,
  /** The latest major change at the member (new operator, new terminal…): it brings the review forward. */
  majorChangeOn: isoDate.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int().min(1),
});
export type MemberRecord = z.infer<typeof MemberRecordSchema>;

export const MemberSchema = MemberRecordSchema.extend({
  /** Completion date of the member's latest completed assessment. */
  lastAssessedOn: isoDate.nullable(),
  nextReviewDue: isoDate.nullable(),
  reviewTrigger: ReviewTriggerSchema.nullable(),
  reviewWarning: ReviewWarningSchema.nullable(),
  assessmentState: AssessmentStateSchema,
}).meta({ id: "Member" });
export type Member = z.infer<typeof MemberSchema>;

/** A text field with messages that say which field and what to do. */
function text(field: string, max: number) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is required`
          : `${field} must be text`,
    })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} is at most ${max} characters`);
}

function flag(field: string) {
  return z.boolean({ error: `${field} must be true or false` });
}

const dateField = (field: string) =>
  dateInput(`${field} must be a date such as 2026-03-31`);

export const memberFieldRules = {
  name: text("name", 200),
  type: z.enum(memberTypes, {
    error: `type must be one of: ${memberTypes.join(", ")}`,
  }),
  portId: text("portId", 60),
  contactName: text("contactName", 120),
  contactRole: text("contactRole", 80),
  contactEmail: z
    .string({ error: "contactEmail is required" })
    .trim()
    .pipe(
      z.email({
        error:
          "contactEmail must be an email address such as pfso@port.example.co.uk",
      }),
    ),
  contactPhone: z
    .string({ error: "contactPhone must be text" })
    .trim()
    .regex(
      /^\+?[0-9 ()-]{7,20}$/,
      "contactPhone must be a phone number such as 01632 960123",
    )
    .nullable(),
  joinedOn: dateField("joinedOn"),
  assetPackIssued: flag("assetPackIssued"),
  actAccess: flag("actAccess"),
  newsletter: flag("newsletter"),
  status: z.enum(memberStatuses, {
    error: `status must be one of: ${memberStatuses.join(", ")}`,
  }),
  majorChangeOn: dateField("majorChangeOn").nullable(),
};

/** POST /api/members. Flags and status take their usual values when left out. */
export const MemberCreateSchema = z
  .object({
    ...memberFieldRules,
    contactPhone: memberFieldRules.contactPhone.default(null),
    assetPackIssued: memberFieldRules.assetPackIssued.default(false),
    actAccess: memberFieldRules.actAccess.default(false),
    newsletter: memberFieldRules.newsletter.default(true),
    status: memberFieldRules.status.default("active"),
    majorChangeOn: memberFieldRules.majorChangeOn.default(null),
  })
  .strict();
export type MemberCreate = z.infer<typeof MemberCreateSchema>;

/** PATCH /api/members/:id (with If-Match): only the fields to change. */
export const MemberPatchSchema = z
  .object(memberFieldRules)
  .partial()
  .strict()
  // Only once every key is known: an unknown key is reported on its own.
  .refine((patch) => Object.keys(patch).length > 0, {
    message: "send at least one field to change",
    when: (payload) => payload.issues.length === 0,
  });
export type MemberPatch = z.infer<typeof MemberPatchSchema>;

type MemberDates = Pick<MemberRecord, "joinedOn" | "majorChangeOn">;

/** Date rules that need today's date, shared by create, edit and CSV import. */
export function memberDateProblems(
  member: MemberDates,
  today: string,
): { field: keyof MemberDates; message: string }[] {
  const problems: { field: keyof MemberDates; message: string }[] = [];
  if (member.joinedOn > today)
    problems.push({
      field: "joinedOn",
      message: "joinedOn cannot be in the future",
    });
  if (member.majorChangeOn !== null) {
    if (member.majorChangeOn > today)
      problems.push({
        field: "majorChangeOn",
        message:
          "majorChangeOn records a change that has happened; it cannot be in the future",
      });
    else if (member.majorChangeOn < member.joinedOn)
      problems.push({
        field: "majorChangeOn",
        message: "majorChangeOn cannot be before the member joined",
      });
  }
  return problems;
}

export const memberSortFields = [
  "name",
  "joinedOn",
  "type",
  "status",
  "portId",
  "nextReviewDue",
  "lastAssessedOn",
] as const;
export type MemberSortField = (typeof memberSortFields)[number];

/** The filters of the member list, shared by the CSV export. */
export const memberFilters = {
  status: oneOrMany(MemberStatusSchema).optional(),
  type: oneOrMany(MemberTypeSchema).optional(),
  portId: oneOrMany(z.string().min(1)).optional(),
  nation: oneOrMany(z.enum(nations)).optional(),
  /** The territorial police force of the member's port. */
  force: oneOrMany(z.string().min(1)).optional(),
  tier: oneOrMany(z.coerce.number().int().min(1).max(3)).optional(),
  assessmentState: oneOrMany(AssessmentStateSchema).optional(),
  q: z.string().trim().min(1).max(100).optional(),
};

/**
 * Without an explicit `sort`, the overdue and due-soon lists come most urgent first
 * (nextReviewDue ascending) and everything else by name: the server reads whether `sort` was sent.
 */
export const MemberListQuerySchema = listQuerySchema(
  memberSortFields,
  "name",
  memberFilters,
  "asc",
);
export type MemberListQuery = z.infer<typeof MemberListQuerySchema>;

export const MemberListResponseSchema = listResponseSchema(MemberSchema);

/** GET /api/members/export.csv: the list's filters and order, every matching row. */
export const MemberExportQuerySchema = MemberListQuerySchema.omit({
  page: true,
  perPage: true,
});
export type MemberExportQuery = z.infer<typeof MemberExportQuerySchema>;
