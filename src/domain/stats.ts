// Aggregate report statistics for the map and trends pages (issues 4 and 5): counts only, never
// report text. Buckets are calendar days, weeks and months in UK time (Europe/London), because
// the desk, its partners and its reports all live on UK clocks: a report at 00:30 BST on 1 July
// belongs to July. Small counts can be suppressed for sharing (DESIGN.md §7).
import { z } from "zod";
import {
  ChannelSchema,
  InsiderTypeSchema,
  NationSchema,
  ReportCategorySchema,
  ReportStatusSchema,
  type Role,
} from "./enums";
import { oneOrMany } from "./list";

export const statsTimeZone = "Europe/London";
export const suppressionThreshold = 5;
export const suppressedLabel = "<5";

/** Most points one timeseries answer may hold (buckets × series): more is unreadable as a chart. */
export const maxTimeseriesPoints = 5000;

/** A count; null when suppressed (1 to 4 reports, or a cell that would give one away by subtraction). */
export const CountCellSchema = z.number().int().min(0).nullable();
export type CountCell = z.infer<typeof CountCellSchema>;

/** How a count reads in a table, a tooltip or a CSV cell: "<5" when suppressed. */
export function formatCount(cell: CountCell): string {
  return cell === null ? suppressedLabel : String(cell);
}

export const SuppressionSchema = z
  .object({
    /** True when small counts were suppressed: always for managers, on request (`safe=1`) for others. */
    applied: z.boolean(),
    threshold: z.literal(suppressionThreshold),
    label: z.literal(suppressedLabel),
  })
  .meta({ id: "Suppression" });
export type Suppression = z.infer<typeof SuppressionSchema>;

export function suppression(applied: boolean): Suppression {
  return { applied, threshold: suppressionThreshold, label: suppressedLabel };
}

const isSmall = (n: number) => n > 0 && n < suppressionThreshold;

/** A published total and the published counts it is the sum of, as indexes into one list of counts. */
export interface SumConstraint {
  total: number;
  parts: readonly number[];
}

/**
 * Which counts to hide so a table is safe to share. Primary: every count of 1–4. Secondary: a
 * total and its parts form an equation, and an equation with exactly one hidden member gives that
 * member away by subtraction, so another member is hidden too — the smallest visible non-zero
 * part, or the total when no part is left. Repeats until every equation hides none or at least
 * two, since hiding one count can expose another equation it belongs to.
 */
export function countsToHide(
  counts: readonly number[],
  sums: readonly SumConstraint[],
): boolean[] {
  const hidden = counts.map(isSmall);
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of sums) {
      const members = [total, ...parts];
      if (members.filter((i) => hidden[i]).length !== 1) continue;
      const visibleParts = parts.filter(
        (i) => !hidden[i] && (counts[i] ?? 0) > 0,
      );
      const next =
        visibleParts.sort(
          (a, b) => (counts[a] ?? 0) - (counts[b] ?? 0) || a - b,
        )[0] ?? total;
      if (hidden[next]) continue;
      hidden[next] = true;
      changed = true;
    }
  }
  return hidden;
}

/** The counts as cells: null where hidden, the number otherwise. */
export function applySuppression(
  counts: readonly number[],
  sums: readonly SumConstraint[],
  applied: boolean,
): CountCell[] {
  if (!applied) return [...counts];
  const hidden = countsToHide(counts, sums);
  return counts.map((n, i) => (hidden[i] ? null : n));
}

/**
 * Whether small counts must be hidden whatever the caller asks: true for anyone outside the desk
 * (a manager), false for desk officers and analysts, who may still ask with `safe=1`.
 */
export function suppressionForced(roles: readonly Role[]): boolean {
  return !roles.some((role) => role === "desk" || role === "analyst");
}

/** A count published on its own, with no total to subtract it from. */
export function suppressCount(n: number, applied: boolean): CountCell {
  return applied && isSmall(n) ? null : n;
}

const isoDateTime = z.iso.datetime({
  offset: true,
  error: "give a date-time such as 2026-01-01T00:00:00Z",
});
/** `safe=1` asks for figures that are safe to share outside the desk. */
const safeFlag = z
  .stringbool({ error: 'safe must be "1" or "0"' })
  .default(false);

const windowFields = { from: isoDateTime, to: isoDateTime };
const reportFilterFields = {
  category: oneOrMany(ReportCategorySchema).optional(),
  insiderType: oneOrMany(InsiderTypeSchema).optional(),
  status: oneOrMany(ReportStatusSchema).optional(),
  channel: oneOrMany(ChannelSchema).optional(),
};
const portFilterFields = {
  portId: oneOrMany(z.string().min(1)).optional(),
  nation: oneOrMany(NationSchema).optional(),
  /** Territorial police force of the report's port, by name. */
  force: oneOrMany(z.string().min(2)).optional(),
  tier: oneOrMany(z.coerce.number().int().min(1).max(3)).optional(),
};

function windowChecked<T extends z.ZodType<{ from: string; to: string }>>(
  schema: T,
) {
  return schema.refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    message: "from must be before to",
    path: ["from"],
  });
}

// ---- GET /api/stats/ports: the map -------------------------------------------------------------

export const StatsPortsQuerySchema = windowChecked(
  z.object({ ...windowFields, ...reportFilterFields, safe: safeFlag }).strict(),
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
      ...reportFilterFields,
      ...portFilterFields,
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

export const StatsSummaryQuerySchema = windowChecked(
  z
    .object({
      ...windowFields,
      ...reportFilterFields,
      ...portFilterFields,
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(20, "limit must be at most 20")
        .default(5),
      safe: safeFlag,
    })
    .strict(),
);
export type StatsSummaryQuery = z.infer<typeof StatsSummaryQuerySchema>;

const comparedCount = {
  count: CountCellSchema,
  /** The same count over the same length of time just before `from`. */
  previous: CountCellSchema,
  /** count − previous; null when either is suppressed (it would give them away). */
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
