// The detector's knobs, in one place, with the reasoning behind each default. The unit tests
// calibrate them: all four demo campaigns found, at most a handful of patterns in three
// campaign-free years.

export interface PatternThresholds {
  /** The trailing period each port's (or name's) usual rate is measured over. */
  baselineDays: number;
  /** Below this much history a "rise" cannot be judged, so no pattern is raised. */
  minBaselineDays: number;
  /**
   * Prior reports added to every baseline: a port with no reports in a year is given half a
   * report, so its first report is unusual but not infinitely so (Jeffreys prior).
   */
  baselinePrior: number;
  rise: {
    /** Lengths of the scan windows, on a weekly grid anchored to Mondays (UTC). */
    windowDays: readonly number[];
    /** A port counts as rising only with at least this many reports in the window. */
    minReportsPerPort: number;
    /** ... and when so many reports had at most this chance at the port's usual rate. */
    maxPortProbability: number;
    /** A pattern needs this many ports rising in the same window. */
    minPorts: number;
  };
  entity: {
    windowDays: readonly number[];
    minReports: number;
    minPorts: number;
    /** For vessel and company names, which fleets and big firms make recur anyway. */
    maxProbability: number;
    /** A registration names one vehicle, so seeing it at two ports is rarer evidence and enough. */
    maxProbabilityVehicle: number;
  };
  cluster: {
    radiusKm: number;
    windowDays: number;
    minReports: number;
    minPorts: number;
    maxProbability: number;
  };
}

export const defaultPatternThresholds: PatternThresholds = {
  baselineDays: 365,
  minBaselineDays: 90,
  baselinePrior: 0.5,
  // One port at p ≤ 0.005 happens somewhere most weeks; three in the same category and weeks,
  // after the national volume correction, happened once in 16 simulated campaign-free datasets.
  rise: {
    windowDays: [14, 28],
    minReportsPerPort: 3,
    maxPortProbability: 0.005,
    minPorts: 3,
  },
  // Tested once per mention and window length: some thousands of tests over three years, so
  // 1 in 100,000 keeps chance findings near zero while any new name at three reports still shows.
  entity: {
    windowDays: [7, 28],
    minReports: 2,
    minPorts: 2,
    maxProbability: 1e-5,
    maxProbabilityVehicle: 1e-3,
  },
  // Tested once per report (as the start of a 7-day window), so as strict as names.
  cluster: {
    radiusKm: 40,
    windowDays: 7,
    minReports: 3,
    minPorts: 2,
    maxProbability: 1e-5,
  },
};
