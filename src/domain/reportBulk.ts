// Bulk actions on the triage queue: on the selected reports only, never "all matching".
import { z } from "zod";
import { InsiderTypeSchema, ReportCategorySchema } from "./enums";
import { ReportSchema } from "./report";

const bulkItems = z
  .array(z.object({ id: z.uuid(), version: z.number().int().min(1) }).strict())
  .min(1, "select at least one report")
  .max(100, "select at most 100 reports at a time");

/** Bulk actions apply to exactly the selected reports, each at the version the officer saw. */
export const BulkActionSchema = z
  .discriminatedUnion("action", [
    z
      .object({
        action: z.literal("assign"),
        assigneeId: z.uuid("choose an officer").nullable(),
        items: bulkItems,
      })
      .strict(),
    z
      .object({
        action: z.literal("categorise"),
        category: ReportCategorySchema,
        insiderType: InsiderTypeSchema.nullable().optional(),
        items: bulkItems,
      })
      .strict(),
    z
      .object({
        action: z.literal("close_duplicate"),
        duplicateOfId: z.uuid("choose the report they duplicate"),
        reason: z.string().trim().min(1, "give a reason to close").max(2000),
        items: bulkItems,
      })
      .strict(),
  ])
  .meta({ id: "BulkAction" });
export type BulkAction = z.infer<typeof BulkActionSchema>;

export const BulkResultSchema = z
  .object({ updated: z.number().int(), data: z.array(ReportSchema) })
  .meta({ id: "BulkResult" });
