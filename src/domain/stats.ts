// Aggregate report statistics for the map and trends pages (issues 4 and 5): counts only, never
// report text. Buckets are calendar days, weeks and months in UK time (Europe/London), because
// the desk, its partners and its reports all live on UK clocks: a report at 00:30 BST on 1 July
// belongs to July. Small counts can be suppressed for sharing (DESIGN.md §7).
import { z } from "zod";
import { dateTimeInput } from "./dates";
import {
  ChannelSchema,
  InsiderTypeSchema,
  NationSchema,
  ReportCategorySchema,
  ReportStatusSchema,
} from "./enums";
import { oneOrMany } from "./list";
import { CountCellSchema, SuppressionSchema } from "./statsSuppression";

export const statsTimeZone = "Europe/London";
/** Most points one timeseries answer may hold (buckets × series): more is unreadable as a chart. */
export const maxTimeseriesPoints = 5000;

const isoDateTime = z.iso.datetime({
  offset: true,
  error: "give a date-time such as 2026-01-01T00:00:00Z",
});
/** `safe=1` asks for figures that are safe to share outside the desk. */
const safeFlag = z
  .stringbool({ error: 'safe must be "1" or "0"' })
  .default(false);

const windowFields = { from: dateTimeInput(), to: dateTimeInput() };
/** The report filters of the map: its aggregates, its patterns and its exports take the same. */
export const statsReportFilterFields = {
  category: oneOrMany(ReportCategorySchema).optional(),
  insiderType: oneOrMany(InsiderTypeSchema).optional(),
  status: oneOrMany(ReportStatusSchema).optional(),
  channel: oneOrMany(ChannelSchema).optional(),
};
export const statsPortFilterFields = {
  portId: oneOrMany(z.string().min(1)).optional(),
  nation: oneOrMany(NationSchema).optional(),
  /** Territorial police force of the report's port, by name. */
  force: oneOrMany(z.string().min(2)).optional(),
  tier: oneOrMany(z.coerce.number().int().min(1).max(3)).optional(),
};

/** A window query whose `from` comes before its `to`. */
export function windowChecked<
  T extends z.ZodType<{ from: string; to: string }>,
>(schema: T) {
  return schema.refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    message: "from must be before to",
    path: ["from"],
  });
}

// ---- GET /api/stats/ports: the map -------------------------------------------------------------

export const statsPortsQueryFields = {
  ...windowFields,
  ...statsReportFilterFields,
  safe: safeFlag,
};
export const StatsPortsQuerySchema = windowChecked(
  z.object(statsPortsQueryFields).strict(),
);
export type StatsPortsQuery = z.infer<typeof StatsPortsQuerySchema>;

export const PortCountsSchema = z
  .object({
    portId: z.string(),
    total: CountCellSchema,
    counts: z.array(CountCellSchema),
  })
  .meta({ id: "PortCounts" });
export type PortCounts = z.infer<typeof PortCountsSchema>;

export const ForceCountsSchema = z
  .object({
    force: z.string(),
    /** ONS code of the police force area, to match the bundled boundaries; null for island forces. */
    forceCode: z.string().nullable(),
    total: CountCellSchema,
    portIds: z.array(z.string()),
  })
  .meta({ id: "ForceCounts" });
export type ForceCounts = z.infer<typeof ForceCountsSchema>;

export const StatsPortsResponseSchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    suppression: SuppressionSchema,
    /** The column order of every port's `counts` (the filtered categories, or all). */
    categories: z.array(ReportCategorySchema),
    /** Every reference port, with zeros, so the map can say "no reports" rather than "unknown". */
    ports: z.array(PortCountsSchema),
    /** One row per territorial force that polices a port, for shading police force areas. */
    forces: z.array(ForceCountsSchema),
    total: CountCellSchema,
  })
  .meta({ id: "StatsPorts" });
export type StatsPortsResponse = z.infer<typeof StatsPortsResponseSchema>;

// ---- GET /api/stats/timeseries: the trends chart -----------------------------------------------

export const statsIntervals = ["day", "week", "month"] as const;
export const StatsIntervalSchema = z.enum(statsIntervals);
export type StatsInterval = z.infer<typeof StatsIntervalSchema>;

export const statsGroupings = [
  "category",
  "insiderType",
  "nation",
  "port",
  "channel",
] as const;
export const StatsGroupBySchema = z.enum(statsGroupings);
export type StatsGroupBy = z.infer<typeof StatsGroupBySchema>;

/** With groupBy=port, the busiest `top` ports get a line each and the rest share "Other ports". */
export const maxTopPorts = 25;

export const StatsTimeseriesQuerySchema = windowChecked(
  z
    .object({
      ...windowFields,
      interval: StatsIntervalSchema.default("week"),
      groupBy: StatsGroupBySchema.default("category"),
      ...statsReportFilterFields,
      ...statsPortFilterFields,
      compare: z
        .enum(["previous"], { error: 'compare must be "previous"' })
        .optional(),
      top: z.coerce
        .number()
        .int()
        .min(1)
        .max(maxTopPorts, `top must be at most ${maxTopPorts}`)
        .default(10),
      safe: safeFlag,
    })
    .strict(),
);
export type StatsTimeseriesQuery = z.infer<typeof StatsTimeseriesQuerySchema>;

export const StatsSeriesSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    /** One count per bucket, in the order of `buckets`. */
    counts: z.array(CountCellSchema),
    total: CountCellSchema,
  })
  .meta({ id: "StatsSeries" });
export type StatsSeries = z.infer<typeof StatsSeriesSchema>;

export const PeriodTotalsSchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    total: CountCellSchema,
    series: z.array(z.object({ key: z.string(), total: CountCellSchema })),
  })
  .meta({ id: "PeriodTotals" });
export type PeriodTotals = z.infer<typeof PeriodTotalsSchema>;

export const StatsTimeseriesResponseSchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    interval: StatsIntervalSchema,
    groupBy: StatsGroupBySchema,
    timeZone: z.literal(statsTimeZone),
    /** The UK calendar date each bucket starts on (YYYY-MM-DD); the first and last may be partial. */
    buckets: z.array(z.iso.date()),
    series: z.array(StatsSeriesSchema),
    total: CountCellSchema,
    /** With compare=previous: the same length of time just before `from`. */
    previous: PeriodTotalsSchema.nullable(),
    suppression: SuppressionSchema,
  })
  .meta({ id: "StatsTimeseries" });
export type StatsTimeseriesResponse = z.infer<
  typeof StatsTimeseriesResponseSchema
>;

// ---- GET /api/stats/summary: top ports and fastest-rising categories --------------------------

export const statsSummaryQueryFields = {
  ...windowFields,
  ...statsReportFilterFields,
  ...statsPortFilterFields,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(20, "limit must be at most 20")
    .default(5),
  safe: safeFlag,
};
export const StatsSummaryQuerySchema = windowChecked(
  z.object(statsSummaryQueryFields).strict(),
);
export type StatsSummaryQuery = z.infer<typeof StatsSummaryQuerySchema>;

const comparedCount = {
  count: CountCellSchema,
  /** The same count over the same length of time just before `from`. */
  previous: CountCellSchema,
  /** count − previous as shown (published values when protected); null when either is "<5". */
  change: z.number().int().nullable(),
};

export const StatsSummaryResponseSchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    previousFrom: isoDateTime,
    total: z.object(comparedCount),
    topPorts: z.array(z.object({ portId: z.string(), ...comparedCount })),
    /**
     * Categories that rose, by how far the rise exceeds chance: (count − previous) ÷ √(previous + 1),
     * so 3 → 9 ranks above 300 → 306 although both rose by 6.
     */
    risingCategories: z.array(
      z.object({ category: ReportCategorySchema, ...comparedCount }),
    ),
    suppression: SuppressionSchema,
  })
  .meta({ id: "StatsSummary" });
export type StatsSummaryResponse = z.infer<typeof StatsSummaryResponseSchema>;
