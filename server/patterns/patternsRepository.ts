// Runs the pure pattern detector (src/domain/patterns) over the database for a window.
import { and, gte, lt, sql } from "drizzle-orm";
import {
  defaultPatternThresholds,
  detectPatterns,
  type Nation,
  type Pattern,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { ports, reports } from "../db/schema";
import { loadPatternFacts } from "./patternFacts";
import type { StatsFilters } from "../stats/statsFilters";

const msPerDay = 86_400_000;

/**
 * Where baselines may start: a year before the window, but never before the first report, so a
 * young database is not read as a year of silence.
 */
async function historyStart(db: Queryable, from: Date): Promise<Date> {
  const [row] = await queryRows<{ first: Date | string | null }>(
    db,
    sql`select min(${reports.receivedAt}) as first from ${reports}`,
  );
  const yearBefore = new Date(
    from.getTime() - defaultPatternThresholds.baselineDays * msPerDay,
  );
  const first = row?.first ? new Date(row.first) : yearBefore;
  return first > yearBefore ? first : yearBefore;
}

/**
 * The patterns with reports in [from, to), strongest first, among the reports that match the
 * map's filters (baselines included, so a rise is measured against the same kind of report).
 */
export async function detectInWindow(
  db: Queryable,
  from: Date,
  to: Date,
  filters: StatsFilters = {},
): Promise<Pattern[]> {
  const historyFrom = await historyStart(db, from);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const [facts, portRows, volumeReports] = await Promise.all([
    loadPatternFacts(db, historyFrom, to, filters),
    db
      .select({
        id: ports.id,
        name: ports.name,
        lat: ports.lat,
        lon: ports.lon,
        nation: ports.nation,
      })
      .from(ports),
    // The season's national volume is measured on every report, whatever the filters.
    filtered ? reportTimesAndCategories(db, historyFrom, to) : undefined,
  ]);
  return detectPatterns({
    reports: facts,
    volumeReports,
    ports: portRows.map((p) => ({ ...p, nation: p.nation as Nation })),
    window: {
      from: from.toISOString(),
      to: to.toISOString(),
      historyFrom: historyFrom.toISOString(),
    },
  });
}

/** Every report's time and category in [from, to): the national volume the season is read from. */
async function reportTimesAndCategories(
  db: Queryable,
  from: Date,
  to: Date,
): Promise<{ receivedAt: string; category: string }[]> {
  const rows = await db
    .select({ receivedAt: reports.receivedAt, category: reports.category })
    .from(reports)
    .where(and(gte(reports.receivedAt, from), lt(reports.receivedAt, to)));
  return rows.map((r) => ({
    receivedAt: new Date(r.receivedAt).toISOString(),
    category: r.category,
  }));
}
