// Demo mode: fills an empty database with the deterministic demo dataset and the demo users.
// Never runs outside demo mode, so real installations get no known passwords.
import { sql } from "drizzle-orm";
import {
  demoPassword,
  generateDemoDataset,
  type DemoDataset,
} from "../../demo";
import { hashPassword } from "../auth/passwords";
import type { Queryable } from "../db/connect";
import {
  assessments,
  members,
  reportReferenceCounters,
  reports,
  users,
} from "../db/schema";
import { toReportRow } from "../reports/reportsRepository";

export { demoPassword };
const batchSize = 500;

async function insertInBatches<T>(
  rows: T[],
  insert: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await insert(rows.slice(i, i + batchSize));
  }
}

export async function isDatabaseEmpty(db: Queryable): Promise<boolean> {
  const result = await db.execute<{ empty: boolean }>(
    sql`select not exists (select 1 from users) and not exists (select 1 from reports) as empty`,
  );
  return Boolean(
    (result as unknown as { rows: { empty: boolean }[] }).rows[0]?.empty,
  );
}

export interface DemoSeedSummary {
  users: number;
  reports: number;
  members: number;
  assessments: number;
}

/** Seeds in one transaction, so an interrupted seed leaves an empty database that seeds again next start. */
/** `reportCount` scales the background reports (the benchmark streams large ones: test/bench/seed.ts). */
export async function seedDemoData(
  db: Queryable,
  now = new Date(),
  reportCount?: number,
): Promise<DemoSeedSummary> {
  const dataset = generateDemoDataset({ now, reportCount });
  await db.transaction(async (tx) => {
    await insertDemoPeople(tx, dataset);
    await insertInBatches(dataset.reports, (batch) =>
      tx.insert(reports).values(batch.map(toReportRow)),
    );
    await continueReportReferences(tx);
  });
  return {
    users: dataset.users.length,
    reports: dataset.reports.length,
    members: dataset.members.length,
    assessments: dataset.assessments.length,
  };
}

/** The demo users (with the demo password), members and assessments: all but the reports. */
export async function insertDemoPeople(
  db: Queryable,
  dataset: Pick<DemoDataset, "users" | "members" | "assessments">,
): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await db
    .insert(users)
    .values(dataset.users.map((u) => ({ ...u, passwordHash })));
  await insertInBatches(dataset.members, (batch) =>
    db.insert(members).values(
      batch.map((m) => ({
        ...m,
        createdAt: new Date(m.createdAt),
        updatedAt: new Date(m.updatedAt),
      })),
    ),
  );
  await insertInBatches(dataset.assessments, (batch) =>
    db.insert(assessments).values(
      batch.map((a) => ({
        ...a,
        createdAt: new Date(a.createdAt),
        updatedAt: new Date(a.updatedAt),
      })),
    ),
  );
}

/** New references continue after the seeded ones: PS-<year>-<next>. */
export async function continueReportReferences(db: Queryable): Promise<void> {
  await db.execute(sql`
    insert into ${reportReferenceCounters} (year, last_sequence)
    select split_part(reference, '-', 2)::int, max(split_part(reference, '-', 3)::int)
    from ${reports} group by 1
    on conflict (year) do update set last_sequence = excluded.last_sequence`);
}
