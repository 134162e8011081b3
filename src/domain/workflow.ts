// The desk's workflow commands: each is an explicit request checked by the state machine and the
// caller's role on the server, and written to the report's timeline and the audit log.
import { z } from "zod";
import { dateTimeInput } from "./dates";
import {
  ChannelSchema,
  ClosureReasonSchema,
  InsiderTypeSchema,
  ReportCategorySchema,
  ReportStatusSchema,
} from "./enums";

export const TransitionRequestSchema = z
  .object({
    to: ReportStatusSchema,
    reason: z
      .string()
      .trim()
      .max(2000, "the reason must be at most 2,000 characters")
      .optional(),
    closureReason: ClosureReasonSchema.optional(),
  })
  .strict()
  .meta({ id: "TransitionRequest" });
export type TransitionRequestBody = z.infer<typeof TransitionRequestSchema>;

export const AssignRequestSchema = z
  .object({ assigneeId: z.uuid("choose an officer").nullable() })
  .strict()
  .meta({ id: "AssignRequest" });

/** The queue views of the desk menu, with how many reports each holds. */
export const queueViews = [
  "unassessed",
  "mine",
  "overdue",
  "immediate",
  "on_hold",
  "open",
  "closed",
] as const;
export const QueueViewSchema = z.enum(queueViews);
export type QueueView = z.infer<typeof QueueViewSchema>;

export const queueViewLabels: Record<QueueView, string> = {
  unassessed: "Unassessed",
  mine: "My reports",
  overdue: "Overdue",
  immediate: "Immediate risk",
  on_hold: "On hold",
  open: "All open",
  closed: "Closed",
};

export const QueueCountsSchema = z
  .object(
    Object.fromEntries(
      queueViews.map((v) => [v, z.number().int().min(0)]),
    ) as Record<QueueView, z.ZodNumber>,
  )
  .meta({ id: "QueueCounts" });
export type QueueCounts = z.infer<typeof QueueCountsSchema>;

/** What the Crimestoppers feed sends. `portId` may be our port id or its UN/LOCODE. */
export const IntakeReportSchema = z
  .object({
    externalRef: z
      .string()
      .trim()
      .min(3, "externalRef is the Crimestoppers reference")
      .max(64),
    receivedAt: dateTimeInput(
      "receivedAt must be an ISO 8601 date-time with a time zone",
    ),
    channel: ChannelSchema,
    portId: z
      .string()
      .trim()
      .min(2, "portId must be a port id or UN/LOCODE")
      .max(64),
    category: ReportCategorySchema,
    insiderType: InsiderTypeSchema.optional(),
    summary: z
      .string()
      .trim()
      .min(1, "summary cannot be empty")
      .max(500, "summary must be at most 500 characters"),
    details: z
      .string()
      .trim()
      .min(1, "details cannot be empty")
      .max(20000, "details must be at most 20,000 characters"),
    location: z
      .object({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: "IntakeReport" });
export type IntakeReport = z.infer<typeof IntakeReportSchema>;

export const reportLinkKinds = ["duplicate", "corroborating"] as const;
export const ReportLinkKindSchema = z.enum(reportLinkKinds);
export type ReportLinkKind = z.infer<typeof ReportLinkKindSchema>;

export const LinkRequestSchema = z
  .object({
    linkedReportId: z.uuid("choose the report to link"),
    kind: ReportLinkKindSchema,
  })
  .strict()
  .meta({ id: "LinkRequest" });

/** A report suggested as possibly the same matter, with why it was suggested. */
export const SimilarReportSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    portId: z.string(),
    category: ReportCategorySchema,
    status: ReportStatusSchema,
    summary: z.string(),
    /** Trigram similarity of the summaries, 0–1. */
    similarity: z.number(),
    reasons: z.array(z.string()),
    /** Set when the two are already linked. */
    linkKind: ReportLinkKindSchema.nullable(),
  })
  .meta({ id: "SimilarReport" });
export type SimilarReport = z.infer<typeof SimilarReportSchema>;
export const SimilarReportListResponseSchema = z.object({
  data: z.array(SimilarReportSchema),
});
