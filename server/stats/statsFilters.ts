// The filters shared by every /api/stats aggregate and the map's patterns, written against the
// counted columns of whichever table a query reads: `reports` itself or one of its rollups
// (server/db/statsRollupSchema.ts), which name those columns alike.
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { StatsTimeseriesQuery } from "../../src/domain";
import { anyOf } from "../db/listQuery";
import { ports, reports } from "../db/schema";

export type StatsFilters = Partial<
  Pick<
    StatsTimeseriesQuery,
    | "category"
    | "insiderType"
    | "status"
    | "channel"
    | "portId"
    | "nation"
    | "force"
    | "tier"
  >
>;

/** A report column that can be counted by, filtered on or grouped by. */
export type CountedColumn =
  "portId" | "nation" | "category" | "insiderType" | "channel" | "status";

/** The counted columns a table has (a rollup keeps some of them). */
export type CountedColumns = Partial<Record<CountedColumn, AnyPgColumn>>;

/** The counted columns the filters read: a table without one of them cannot answer. */
export function filteredColumns(filters: StatsFilters): CountedColumn[] {
  const byPort = filters.portId || filters.force || filters.tier;
  return [
    filters.category && ("category" as const),
    filters.insiderType && ("insiderType" as const),
    filters.status && ("status" as const),
    filters.channel && ("channel" as const),
    filters.nation && ("nation" as const),
    byPort && ("portId" as const),
  ].filter((c): c is CountedColumn => Boolean(c));
}

function column(columns: CountedColumns, name: CountedColumn): AnyPgColumn {
  const found = columns[name];
  if (!found) throw new Error(`this table has no ${name} to filter on`);
  return found;
}

/** Ports matching the port filters, as a sub-select; null when there are none. */
function portCondition(
  filters: StatsFilters,
  columns: CountedColumns,
): SQL | null {
  const conditions = [
    // A table that keeps the nation itself is filtered on it directly.
    !columns.nation && filters.nation && anyOf(ports.nation, filters.nation),
    filters.force && anyOf(ports.territorialPoliceForce, filters.force),
    filters.tier && anyOf(ports.tier, filters.tier),
  ].filter((c): c is SQL => Boolean(c));
  if (conditions.length === 0) return null;
  return sql`${column(columns, "portId")} in (select ${ports.id} from ${ports} where ${sql.join(conditions, sql` and `)})`;
}

/** The report filters (category, insider type, status, channel), shared with patterns. */
export function reportFilterConditions(
  filters: StatsFilters,
  columns: CountedColumns = reports,
): SQL[] {
  const conditions: SQL[] = [];
  if (filters.category)
    conditions.push(anyOf(column(columns, "category"), filters.category));
  if (filters.insiderType)
    conditions.push(anyOf(column(columns, "insiderType"), filters.insiderType));
  if (filters.status)
    conditions.push(anyOf(column(columns, "status"), filters.status));
  if (filters.channel)
    conditions.push(anyOf(column(columns, "channel"), filters.channel));
  return conditions;
}

/** Every filter, report and port alike, on a table's counted columns. */
export function filterConditions(
  filters: StatsFilters,
  columns: CountedColumns,
): SQL[] {
  const conditions = reportFilterConditions(filters, columns);
  if (filters.portId)
    conditions.push(anyOf(column(columns, "portId"), filters.portId));
  if (filters.nation && columns.nation)
    conditions.push(anyOf(columns.nation, filters.nation));
  const byPort = portCondition(filters, columns);
  if (byPort) conditions.push(byPort);
  return conditions;
}

/** The same length of time just before the window, for "compared with the previous period". */
export function previousWindow(from: Date, to: Date): { from: Date; to: Date } {
  return { from: new Date(2 * from.getTime() - to.getTime()), to: from };
}
