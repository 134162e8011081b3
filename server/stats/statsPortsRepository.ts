// GET /api/stats/ports: reports per port and category for the map, with territorial force
// totals for shading police force areas. One GROUP BY over the window's counts (statsCounts.ts).
import { sql } from "drizzle-orm";
import {
  protectCounts,
  reportCategories,
  suppression,
  type StatsPortsQuery,
  type StatsPortsResponse,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { ports } from "../db/schema";
import { countsTable, countsSource } from "./statsCounts";

interface PortRow {
  id: string;
  force: string;
  forceCode: string | null;
}

export async function portStats(
  db: Queryable,
  query: StatsPortsQuery,
  suppress: boolean,
): Promise<StatsPortsResponse> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  const categories = reportCategories.filter(
    (c) => !query.category || query.category.includes(c),
  );
  const source = await countsSource(db, {
    from,
    to,
    filters: query,
    groupedBy: ["portId", "category"],
    bucketUnit: null,
  });
  const [portRows, countRows] = await Promise.all([
    db
      .select({
        id: ports.id,
        force: ports.territorialPoliceForce,
        forceCode: ports.territorialPoliceCode,
      })
      .from(ports)
      .orderBy(ports.id) as Promise<PortRow[]>,
    queryRows<{ portId: string; category: string; n: number }>(
      db,
      sql`select ${countsTable.portId} as "portId", ${countsTable.category} as category, sum(${countsTable.n})::int as n
          from ${source} group by 1, 2 having sum(${countsTable.n}) <> 0`,
    ),
  ]);
  const forces = [...new Set(portRows.map((p) => p.force))].sort();

  // One flat list of counts: port × category cells, then port totals, force totals, the grand total.
  const C = categories.length;
  const P = portRows.length;
  const portIndex = new Map(portRows.map((p, i) => [p.id, i]));
  const counts = new Array<number>(P * C + P + forces.length + 1).fill(0);
  for (const row of countRows) {
    const p = portIndex.get(row.portId);
    const c = categories.indexOf(row.category as (typeof categories)[number]);
    if (p !== undefined && c >= 0) counts[p * C + c]! += row.n;
  }
  const portTotal = (p: number) => P * C + p;
  const forceTotal = (f: number) => P * C + P + f;
  const grandTotal = counts.length - 1;
  // Every total from the true counts it covers; each then protected on its own (never summed from
  // protected parts), so a published total less its published parts is a multiple of 5.
  portRows.forEach((port, p) => {
    const parts = categories.map((_, c) => p * C + c);
    counts[portTotal(p)] = parts.reduce((sum, i) => sum + counts[i]!, 0);
    counts[forceTotal(forces.indexOf(port.force))]! += counts[portTotal(p)]!;
  });
  forces.forEach((_, f) => (counts[grandTotal]! += counts[forceTotal(f)]!));

  const cells = protectCounts(counts, suppress);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    suppression: suppression(suppress),
    categories,
    ports: portRows.map((port, p) => ({
      portId: port.id,
      total: cells[portTotal(p)]!,
      counts: categories.map((_, c) => cells[p * C + c]!),
    })),
    forces: forces.map((force, f) => ({
      force,
      forceCode: portRows.find((p) => p.force === force)?.forceCode ?? null,
      total: cells[forceTotal(f)]!,
      portIds: portRows.filter((p) => p.force === force).map((p) => p.id),
    })),
    total: cells[grandTotal]!,
  };
}
