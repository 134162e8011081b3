// The WHERE clause shared by every /api/stats aggregate: a window on received_at (served by
// reports_received_idx) plus the report and port filters.
import { sql, type SQL } from "drizzle-orm";
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

/** Ports matching the port filters, as a sub-select; null when there are none. */
function portCondition(filters: StatsFilters): SQL | null {
  const conditions = [
    filters.nation && anyOf(ports.nation, filters.nation),
    filters.force && anyOf(ports.territorialPoliceForce, filters.force),
    filters.tier && anyOf(ports.tier, filters.tier),
  ].filter((c): c is SQL => Boolean(c));
  if (conditions.length === 0) return null;
  return sql`${reports.portId} in (select ${ports.id} from ${ports} where ${sql.join(conditions, sql` and `)})`;
}

/** The map's report filters (category, insider type, status, channel), shared with patterns. */
export function reportFilterConditions(filters: StatsFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.category)
    conditions.push(anyOf(reports.category, filters.category));
  if (filters.insiderType)
    conditions.push(anyOf(reports.insiderType, filters.insiderType));
  if (filters.status) conditions.push(anyOf(reports.status, filters.status));
  if (filters.channel) conditions.push(anyOf(reports.channel, filters.channel));
  return conditions;
}

/** Reports received in [from, to) that match the filters. */
export function statsWhere(from: Date, to: Date, filters: StatsFilters): SQL {
  const conditions: SQL[] = [
    sql`${reports.receivedAt} >= ${from}`,
    sql`${reports.receivedAt} < ${to}`,
    ...reportFilterConditions(filters),
  ];
  if (filters.portId) conditions.push(anyOf(reports.portId, filters.portId));
  const byPort = portCondition(filters);
  if (byPort) conditions.push(byPort);
  return sql.join(conditions, sql` and `);
}

/** The same length of time just before the window, for "compared with the previous period". */
export function previousWindow(from: Date, to: Date): { from: Date; to: Date } {
  return { from: new Date(2 * from.getTime() - to.getTime()), to: from };
}
