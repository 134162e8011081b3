// The audit log as the administrator reads it.
import { z } from "zod";
import { dateTimeInput } from "./dates";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";

export const AuditEventSchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entity: z.string().nullable(),
    entityId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
    ip: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: "AuditEvent" });
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditListQuerySchema = listQuerySchema(
  ["at", "action", "actorName"] as const,
  "at",
  {
    action: oneOrMany(z.string().min(2).max(60)).optional(),
    actorName: z.string().trim().min(1).max(100).optional(),
    entityId: z.string().trim().min(1).max(100).optional(),
    from: dateTimeInput().optional(),
    to: dateTimeInput().optional(),
  },
);
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;
export const AuditListResponseSchema = listResponseSchema(AuditEventSchema);

export const AuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    badId: z.number().int().optional(),
    problem: z.string().optional(),
  })
  .meta({ id: "AuditVerification" });
