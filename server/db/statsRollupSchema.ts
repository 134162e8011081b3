// Rollups of report counts for /api/stats at 1M reports. Counting the reports of a 12-month window
// row by row took ~155 ms on PostgreSQL even as a parallel index-only scan; these tables hold the
// same counts per UK day or month, 5–25× fewer rows.
//
// How they stay right: a statement trigger on `reports` (migration 0006) appends a +1 / −1 row to
// `report_count_deltas` for every report inserted, deleted or changed in a counted column, in the
// same transaction as the change. Appending never waits on a lock, so concurrent intake and triage
// do not queue behind one hot counter row and cannot deadlock on it. Every read adds the pending
// deltas to the rollups, so counts are exact at all times; `compactStatsRollups`
// (server/stats/statsRollups.ts) folds the deltas into the rollups in one statement every few seconds.
import { date, integer, pgTable, text, unique } from "drizzle-orm/pg-core";

/** The report's own columns a rollup may keep besides its port. */
const reportColumns = {
  category: text("category").notNull(),
  insiderType: text("insider_type"),
  channel: text("channel").notNull(),
  status: text("status").notNull(),
};

/** The columns every rollup may keep, named as on `reports`. */
const counted = {
  portId: text("port_id").notNull(),
  ...reportColumns,
};

/**
 * +1 / −1 per report change, not yet folded into the rollups. `day` is the UK calendar date;
 * `nation` is the port's, recorded with the change (a port that changes nation moves its counts).
 */
export const reportCountDeltas = pgTable("report_count_deltas", {
  day: date("day", { mode: "string" }).notNull(),
  ...counted,
  nation: text("nation").notNull(),
  n: integer("n").notNull(),
});

/** Per UK day, without the port: trend charts that neither filter nor group by port or nation. */
export const reportCountsDaily = pgTable(
  "report_counts_daily",
  {
    day: date("day", { mode: "string" }).notNull(),
    ...reportColumns,
    n: integer("n").notNull(),
  },
  (t) => [
    unique("report_counts_daily_key")
      .on(t.day, t.category, t.insiderType, t.channel, t.status)
      .nullsNotDistinct(),
  ],
);

/** Per UK day and nation: trend charts by day or week grouped by or filtered to nations. */
export const reportCountsDailyByNation = pgTable(
  "report_counts_daily_by_nation",
  {
    day: date("day", { mode: "string" }).notNull(),
    nation: text("nation").notNull(),
    ...reportColumns,
    n: integer("n").notNull(),
  },
  (t) => [
    unique("report_counts_daily_by_nation_key")
      .on(t.day, t.nation, t.category, t.insiderType, t.channel, t.status)
      .nullsNotDistinct(),
  ],
);

/** Per UK month, port and category alone: the map and the summary without report filters. */
export const reportCountsMonthlyByPort = pgTable(
  "report_counts_monthly_by_port",
  {
    month: date("month", { mode: "string" }).notNull(),
    portId: counted.portId,
    category: counted.category,
    n: integer("n").notNull(),
  },
  (t) => [
    unique("report_counts_monthly_by_port_key").on(
      t.month,
      t.portId,
      t.category,
    ),
  ],
);

/** Per UK month with every counted column: anything by port with report filters. */
export const reportCountsMonthly = pgTable(
  "report_counts_monthly",
  {
    month: date("month", { mode: "string" }).notNull(),
    ...counted,
    n: integer("n").notNull(),
  },
  (t) => [
    unique("report_counts_monthly_key")
      .on(t.month, t.portId, t.category, t.insiderType, t.channel, t.status)
      .nullsNotDistinct(),
  ],
);
