// Live updates pushed to open screens over Server-Sent Events (GET /api/events). They carry ids
// and versions only, never report text: the screen fetches what it is allowed to see.
import { z } from "zod";

export const LiveEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("report.created"),
    id: z.uuid(),
    reference: z.string(),
    actorId: z.uuid().nullable(),
  }),
  z.object({
    type: z.literal("report.changed"),
    id: z.uuid(),
    version: z.number().int(),
    actorId: z.uuid().nullable(),
  }),
  z.object({ type: z.literal("report.viewers"), id: z.uuid() }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

/** Who else has a report open: refreshed by a heartbeat from each open report page. */
export const ReportViewerSchema = z
  .object({ id: z.uuid(), displayName: z.string() })
  .meta({ id: "ReportViewer" });
export const ReportViewersResponseSchema = z.object({
  data: z.array(ReportViewerSchema),
});
export type ReportViewer = z.infer<typeof ReportViewerSchema>;

/** A report page sends a heartbeat this often; a viewer is gone after twice as long. */
export const viewerHeartbeatSeconds = 20;
export const viewerExpirySeconds = 45;
