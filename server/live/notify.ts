// Live updates cross instances through PostgreSQL LISTEN/NOTIFY. A notification sent inside a
// transaction is delivered only if it commits, so listeners never hear of a change that was
// rolled back. Payloads carry ids and versions only, never report text.
import { sql } from "drizzle-orm";
import type { LiveEvent } from "../../src/domain";
import type { Queryable } from "../db/connect";

export const liveChannel = "portsafe_live";

export async function notifyLive(
  db: Queryable,
  event: LiveEvent,
): Promise<void> {
  await db.execute(
    sql`select pg_notify(${liveChannel}, ${JSON.stringify(event)})`,
  );
}
