import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../server/db/connect";

/** Runs raw SQL for independent checks of what the API answers. */
export async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

export async function count(
  db: Database,
  where: SQL = sql`true`,
): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from reports where ${where}`,
  );
  return row!.n;
}
