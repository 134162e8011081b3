// The window and filters shared by the mock's /api/stats aggregates, as the server's statsWhere
// (server/routes/statsQuery.ts): received in [from, to), any-of report filters, and port filters
// matched through the report's port.
import type { Port, Report, StatsTimeseriesQuery } from "../../src/domain";
import { anyOf } from "./listRoute";

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

/** The map's report filters (category, insider type, status, channel), shared with patterns. */
export function matchesReportFilters(
  report: Report,
  filters: StatsFilters,
): boolean {
  return (
    anyOf(filters.category, report.category) &&
    (filters.insiderType === undefined ||
      (report.insiderType !== null &&
        filters.insiderType.includes(report.insiderType))) &&
    anyOf(filters.status, report.status) &&
    anyOf(filters.channel, report.channel)
  );
}

export function matchesStats(
  report: Report,
  port: Port | undefined,
  fromMs: number,
  toMs: number,
  filters: StatsFilters,
): boolean {
  const t = Date.parse(report.receivedAt);
  if (t < fromMs || t >= toMs) return false;
  const needsPort = filters.nation || filters.force || filters.tier;
  if (needsPort && !port) return false;
  return (
    matchesReportFilters(report, filters) &&
    anyOf(filters.portId, report.portId) &&
    (!port ||
      (anyOf(filters.nation, port.nation) &&
        anyOf(filters.force, port.territorialPoliceForce) &&
        anyOf(filters.tier, port.tier)))
  );
}

/** The same length of time just before the window, for "compared with the previous period". */
export function previousWindow(
  fromMs: number,
  toMs: number,
): { fromMs: number; toMs: number } {
  return { fromMs: 2 * fromMs - toMs, toMs: fromMs };
}
