// The timeline of a report: every change, note and referral, with who, when, what and why.
import { z } from "zod";

export const reportEventKinds = [
  "received",
  "claimed",
  "assigned",
  "updated",
  "transition",
  "note",
  "referral_sent",
  "referral_acknowledged",
  "referral_outcome",
  "linked",
] as const;
export const ReportEventKindSchema = z.enum(reportEventKinds);
export type ReportEventKind = z.infer<typeof ReportEventKindSchema>;

export const ReportEventSchema = z
  .object({
    id: z.number().int(),
    reportId: z.uuid(),
    at: z.iso.datetime({ offset: true }),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    kind: ReportEventKindSchema,
    /** One line a person reads: "Moved from triage to closed", "Referred to Kent Police". */
    summary: z.string(),
    reason: z.string().nullable(),
  })
  .meta({ id: "ReportEvent" });
export type ReportEvent = z.infer<typeof ReportEventSchema>;

export const ReportEventListResponseSchema = z.object({
  data: z.array(ReportEventSchema),
  total: z.number().int(),
});

export const NoteCreateSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, "write the note")
      .max(5000, "a note must be at most 5,000 characters"),
  })
  .strict();
