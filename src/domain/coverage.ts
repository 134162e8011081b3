// PSeMS coverage for the managers' coverage page: how much of the active membership holds a
// current assessment, where the gaps are, and where low maturity meets many reports.
// Aggregates only: counts and averages, never report text. Member counts are exact (managers and
// admins read the member register itself); report volumes are report counts that leave the desk,
// so they are published values, rounded to base 5 like every stats count (DESIGN.md §7).
import { z } from "zod";
import { dateInput } from "./dates";
import {
  CountCellSchema,
  countRank,
  SuppressionSchema,
} from "./statsSuppression";

const count = z.number().int().min(0);
/** covered ÷ members, 0 to 1 (unrounded; the page formats it). */
const share = z.number().min(0).max(1);

export const CoverageQuerySchema = z
  .object({
    /** Reports counted for the maturity matrix: received on or after this UK date (default: 12 months ago). */
    reportsSince: dateInput(
      "reportsSince must be a date such as 2026-01-01",
    ).optional(),
  })
  .strict();
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

/** Active members of one group, and how many of them are covered. */
export const CoverageGroupSchema = z
  .object({ key: z.string(), members: count, covered: count, share })
  .meta({ id: "CoverageGroup" });
export type CoverageGroup = z.infer<typeof CoverageGroupSchema>;

export const CoverageFunnelStepSchema = z
  .object({
    step: z.number().int().min(1),
    name: z.string(),
    /** Active members with an assessment at this step or beyond that has started (in progress or completed). */
    reached: count,
    /** Active members with a completed assessment at this step or beyond. */
    completed: count,
  })
  .meta({ id: "CoverageFunnelStep" });

export const PortCoverageSchema = z
  .object({ portId: z.string(), members: count, covered: count })
  .meta({ id: "PortCoverage" });

export const MaturityVolumeSchema = z
  .object({
    portId: z.string(),
    /** Active members at the port. */
    members: count,
    /** Of them, those with a completed assessment. */
    assessedMembers: count,
    /** Mean element score (0–4) of each assessed member's latest completed assessment; null when none. */
    averageMaturity: z.number().min(0).max(4).nullable(),
    /** Reports at the port received since `reportsSince`, rounded to base 5; null ("<5") for 1–4. */
    reports: CountCellSchema,
  })
  .meta({ id: "MaturityVolume" });
export type MaturityVolume = z.infer<typeof MaturityVolumeSchema>;

export const CoverageSchema = z
  .object({
    /** The UK date the figures were computed for. */
    asOf: z.iso.date(),
    reportsSince: z.iso.date(),
    activeMembers: count,
    coveredMembers: count,
    share,
    byNation: z.array(CoverageGroupSchema),
    byForce: z.array(CoverageGroupSchema),
    /** key is the port tier, "1" to "3". */
    byTier: z.array(CoverageGroupSchema),
    byMemberType: z.array(CoverageGroupSchema),
    funnel: z.array(CoverageFunnelStepSchema),
    ports: z.array(PortCoverageSchema),
    /** Ports with active members, most in need first: see maturityPriority. */
    maturityVsVolume: z.array(MaturityVolumeSchema),
    /** How the report volumes are protected: always rounded to base 5 (published values). */
    suppression: SuppressionSchema,
  })
  .meta({ id: "Coverage" });
export type Coverage = z.infer<typeof CoverageSchema>;

/**
 * Report volume weighted by the maturity gap (4 minus the average; a port never assessed has the
 * whole gap): sorting by it descending puts low maturity with high volume first. It reads the
 * published volume ("<5" as 2.5), so the order gives away no more than the values.
 */
export function maturityPriority(
  row: Pick<MaturityVolume, "averageMaturity" | "reports">,
): number {
  return countRank(row.reports) * (4 - (row.averageMaturity ?? 0));
}
