// The Report: one anonymous PortSafe report as the desk sees it, and the shapes to list and edit it.
import { z } from "zod";
import { dateTimeInput } from "./dates";
import {
  ChannelSchema,
  ClosureReasonSchema,
  HandlingSchema,
  InsiderTypeSchema,
  ReportCategorySchema,
  ReportStatusSchema,
  RiskLevelSchema,
  nations,
} from "./enums";
import {
  listQuerySchema,
  listResponseSchema,
  maxPerPage,
  oneOrMany,
} from "./list";
import { ThriveSchema } from "./thrive";
import { QueueViewSchema } from "./workflow";

const isoDateTime = z.iso.datetime({ offset: true });

export const ReportSchema = z
  .object({
    id: z.uuid(),
    /** Human reference, e.g. PS-2026-000123. */
    reference: z.string(),
    /** The Crimestoppers reference: unique, the key for idempotent intake. */
    externalRef: z.string(),
    receivedAt: isoDateTime,
    channel: ChannelSchema,
    portId: z.string(),
    location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
    category: ReportCategorySchema,
    insiderType: InsiderTypeSchema.nullable(),
    summary: z.string(),
    details: z.string(),
    status: ReportStatusSchema,
    risk: RiskLevelSchema.nullable(),
    riskRationale: z.string().nullable(),
    /** The THRIVE parts of the risk rationale, when the officer gave them. */
    thrive: ThriveSchema.nullable(),
    /** When the report's service-level clock runs out; null when no clock runs (see sla.ts). */
    slaDueAt: isoDateTime.nullable(),
    assigneeId: z.uuid().nullable(),
    handling: HandlingSchema,
    closureReason: ClosureReasonSchema.nullable(),
    firstAssessedAt: isoDateTime.nullable(),
    closedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** Bumped on every change; sent back as If-Match so no update is lost. */
    version: z.number().int().min(1),
  })
  .meta({ id: "Report" });
export type Report = z.infer<typeof ReportSchema>;

export const reportSortFields = [
  "receivedAt",
  "reference",
  "risk",
  "status",
  "category",
  "portId",
  "updatedAt",
] as const;
export type ReportSortField = (typeof reportSortFields)[number];

export const ReportListQuerySchema = listQuerySchema(
  reportSortFields,
  "receivedAt",
  {
    status: oneOrMany(ReportStatusSchema).optional(),
    risk: oneOrMany(RiskLevelSchema).optional(),
    category: oneOrMany(ReportCategorySchema).optional(),
    insiderType: oneOrMany(InsiderTypeSchema).optional(),
    channel: oneOrMany(z.enum(["hotline", "online", "direct"])).optional(),
    portId: oneOrMany(z.string().min(1)).optional(),
    nation: oneOrMany(z.enum(nations)).optional(),
    /** Territorial police force of the report's port, by name. */
    force: oneOrMany(z.string().min(2)).optional(),
    /** Exactly these reports: react-admin's getMany, or the evidence of a cross-port pattern. */
    id: oneOrMany(z.uuid("id must be a report id"), {
      count: maxPerPage,
      message: `give at most ${maxPerPage} report ids; narrow the selection`,
    }).optional(),
    /** One of the desk's queue views (unassessed, mine, overdue, …); "mine" means the caller's. */
    view: QueueViewSchema.optional(),
    assigneeId: z.uuid("assigneeId must be a user id").optional(),
    receivedFrom: dateTimeInput().optional(),
    receivedTo: dateTimeInput().optional(),
    /** Free-text search over reference, summary and details. */
    q: z
      .string()
      .trim()
      .min(2, "search text must be at least 2 characters")
      .max(200)
      .optional(),
  },
);
export type ReportListQuery = z.infer<typeof ReportListQuerySchema>;

export const ReportListResponseSchema = listResponseSchema(ReportSchema);

/**
 * What PATCH /api/reports/:id may change. Status moves through workflow commands instead,
 * so the state machine and the audit log see every transition.
 */
export const ReportPatchSchema = z
  .object({
    risk: RiskLevelSchema.nullable(),
    riskRationale: z
      .string()
      .trim()
      .max(5000, "the rationale must be at most 5,000 characters")
      .nullable(),
    thrive: ThriveSchema.nullable(),
    category: ReportCategorySchema,
    insiderType: InsiderTypeSchema.nullable(),
    handling: HandlingSchema,
    summary: z.string().trim().min(1, "the summary cannot be empty").max(500),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, {
    message: "send at least one field to change",
  });
export type ReportPatch = z.infer<typeof ReportPatchSchema>;

/**
 * An insider type only makes sense for insider threat: checks the record as it would be after
 * a change. Returns the message to show, or null when consistent.
 */
export function insiderTypeProblem(
  category: string,
  insiderType: string | null,
): string | null {
  if (category !== "insider_threat" && insiderType !== null) {
    return "an insider type can only be set when the category is insider threat";
  }
  return null;
}

/** Formats the human reference from the year received and a sequence number: PS-2026-000123. */
export function formatReportReference(year: number, sequence: number): string {
  return `PS-${year}-${String(sequence).padStart(6, "0")}`;
}
