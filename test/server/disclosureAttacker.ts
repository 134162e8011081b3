// The attacker's arithmetic for the disclosure-control test (disclosureAdversary.test.ts): the
// true counts in plain SQL, the query strings it sends, and the check that nothing it derives
// pins a count of 1 to 4.
import { sql, type SQL } from "drizzle-orm";
import { expect } from "vitest";
import type { Database } from "../../server/db/connect";
import { rows } from "./dbQuery";

/** What the attacker filters on; every field optional, lists as the API takes them. */
export interface Filters {
  portId?: string[];
  nation?: string[];
  force?: string[];
  category?: string[];
  insiderType?: string[];
  channel?: string[];
}

export interface Window {
  from: Date;
  to: Date;
}

/** The true number of reports in a window that match the filters: plain SQL on the reports. */
export async function trueCount(
  db: Database,
  { from, to }: Window,
  f: Filters,
): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from reports r join ports p on p.id = r.port_id
        where r.received_at >= ${from.toISOString()} and r.received_at < ${to.toISOString()}
        and ${sql.join(conditions(f), sql` and `)}`,
  );
  return row!.n;
}

function inList(column: SQL, values: readonly string[] | undefined): SQL {
  if (!values) return sql`true`;
  if (values.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

export function conditions(f: Filters): SQL[] {
  return [
    inList(sql`r.port_id`, f.portId),
    inList(sql`p.nation`, f.nation),
    inList(sql`p.territorial_police_force`, f.force),
    inList(sql`r.category`, f.category),
    inList(sql`r.insider_type`, f.insiderType),
    inList(sql`r.channel`, f.channel),
  ];
}

export function query(
  window: Window,
  f: Filters,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    ...extra,
  });
  for (const [key, values] of Object.entries(f))
    for (const v of (values as string[] | undefined) ?? [])
      params.append(key, v);
  return params.toString();
}

/** A value the attacker worked out, and the true count it stands for. */
export interface Derived {
  how: string;
  derived: number;
  truth: number;
}

/** No derived value may equal a true count of 1 to 4: that would pin a small count. */
export function expectNoSmallCountPinned(found: Derived[]) {
  const pinned = found.filter(
    (d) => d.truth >= 1 && d.truth <= 4 && d.derived === d.truth,
  );
  expect(pinned, JSON.stringify(pinned[0])).toEqual([]);
}

export const known = (cells: readonly (number | null)[]) =>
  cells.reduce<number>((sum, c) => sum + (c ?? 0), 0);
