// Exports of aggregate statistics (issues 4 and 5). Every export is one audit row (DESIGN.md §7):
// CSV files are made by the server from the same query as their JSON siblings, and pictures
// (PNG), which only the browser can draw, are recorded by the server before the app saves them.
import { z } from "zod";
import { londonDate } from "./reviewCycle";
import {
  StatsGroupBySchema,
  StatsIntervalSchema,
  statsPortFilterFields,
  statsPortsQueryFields,
  statsReportFilterFields,
  statsSummaryQueryFields,
  windowChecked,
  type StatsGroupBy,
} from "./stats";

// ---- CSV: GET /api/stats/{ports,timeseries,summary}/export.csv ---------------------------------

/** The map's two tables: reports per port and category, and per territorial force. */
export const statsPortsTables = ["ports", "forces"] as const;
export type StatsPortsTable = (typeof statsPortsTables)[number];

/** GET /api/stats/ports/export.csv: the query of GET /api/stats/ports, and which table. */
export const StatsPortsExportQuerySchema = windowChecked(
  z
    .object({
      ...statsPortsQueryFields,
      table: z
        .enum(statsPortsTables, { error: 'table must be "ports" or "forces"' })
        .default("ports"),
    })
    .strict(),
);
export type StatsPortsExportQuery = z.infer<typeof StatsPortsExportQuerySchema>;

/** The trends page's two summary tables. */
export const statsSummaryTables = ["topPorts", "risingCategories"] as const;
export type StatsSummaryTable = (typeof statsSummaryTables)[number];

/** GET /api/stats/summary/export.csv: the query of GET /api/stats/summary, and which table. */
export const StatsSummaryExportQuerySchema = windowChecked(
  z
    .object({
      ...statsSummaryQueryFields,
      table: z.enum(statsSummaryTables, {
        error: 'table must be "topPorts" or "risingCategories"',
      }),
    })
    .strict(),
);
export type StatsSummaryExportQuery = z.infer<
  typeof StatsSummaryExportQuerySchema
>;

/** How each exported table is named in its file name. */
export const statsExportSlugs = {
  ports: "ports",
  forces: "forces",
  topPorts: "top-ports",
  risingCategories: "rising-categories",
} as const satisfies Record<StatsPortsTable | StatsSummaryTable, string>;

/** A timeseries file is named after what its series are. */
export const timeseriesExportSlugs: Record<StatsGroupBy, string> = {
  category: "categories",
  insiderType: "insider-threat-types",
  nation: "nations",
  port: "ports-over-time",
  channel: "channels",
};

/**
 * portsafe-categories-2026-08-23-to-2026-11-21.csv: the UK days the window covers (its `to` is
 * exclusive, so the last day is the one before it).
 */
export function statsExportFilename(
  what: string,
  window: { from: string; to: string },
  extension: "csv" | "png",
): string {
  const lastDay = londonDate(new Date(Date.parse(window.to) - 1));
  return `portsafe-${what}-${londonDate(window.from)}-to-${lastDay}.${extension}`;
}

// ---- PNG: POST /api/exports --------------------------------------------------------------------

/** The pages whose pictures can be exported; both show report counts (stats). */
export const exportViews = ["map", "trends"] as const;
export const ExportViewSchema = z.enum(exportViews, {
  error: `view must be one of: ${exportViews.join(", ")}`,
});
export type ExportView = z.infer<typeof ExportViewSchema>;

/** What the picture shows: the window and filters of the view, as its stats query took them. */
export const ExportFiltersSchema = windowChecked(
  z
    .object({
      // The stats window, checked exactly as the stats queries check it.
      from: statsPortsQueryFields.from,
      to: statsPortsQueryFields.to,
      ...statsReportFilterFields,
      ...statsPortFilterFields,
      /** The trends charts: their interval and what their series are. */
      interval: StatsIntervalSchema.optional(),
      groupBy: StatsGroupBySchema.optional(),
    })
    .strict(),
);
export type ExportFilters = z.input<typeof ExportFiltersSchema>;

export const PngExportRecordSchema = z
  .object({
    kind: z.literal("png", {
      error:
        'kind must be "png": CSV files are exported by their own endpoints',
    }),
    view: ExportViewSchema,
    filters: ExportFiltersSchema,
    /** Whether the picture shows published figures (rounded to base 5; always, for managers). */
    safeToShare: z.boolean({ error: "safeToShare must be true or false" }),
  })
  .strict()
  .meta({ id: "PngExportRecord" });
export type PngExportRecord = z.input<typeof PngExportRecordSchema>;
