// Live updates cross instances through PostgreSQL LISTEN/NOTIFY. A notification sent inside a
// transaction is delivered only if it commits, so listeners never hear of a change that was
// rolled back. Payloads carry ids and versions only, never report text.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/connect";

export const liveChannel = "portsafe_live";

export const LiveEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("report.created"), id: z.uuid(), reference: z.string(), actorId: z.uuid().nullable() }),
  z.object({ type: z.literal("report.changed"), id: z.uuid(), version: z.number().int(), actorId: z.uuid().nullable() }),
  z.object({ type: z.literal("report.viewers"), id: z.uuid() }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

export async function notifyLive(db: Pick<Database, "execute">, event: LiveEvent): Promise<void> {
  await db.execute(sql`select pg_notify(${liveChannel}, ${JSON.stringify(event)})`);
}
