// The trends page's data, aggregated by the server: insider-threat types and categories over
// time (with the previous period), top ports and rising categories, and the spikes the pattern
// detector found (category rises), which annotate the charts.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCanAccess } from "react-admin";
import type { StatsGroupBy } from "../../domain";
import {
  windowInstants,
  windowProblem,
} from "../../common/charts/analyticsWindow";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { portFilterQuery, type TrendsFilters } from "./useTrendsFilters";

/** The query of one chart: also what its CSV export and its picture's record are asked with. */
export function timeseriesQuery(filters: TrendsFilters, groupBy: StatsGroupBy) {
  return {
    ...windowInstants(filters.window),
    ...portFilterQuery(filters),
    interval: filters.interval,
    groupBy,
    compare: filters.compare ? ("previous" as const) : undefined,
  };
}

export function summaryQuery(filters: TrendsFilters) {
  return {
    ...windowInstants(filters.window),
    ...portFilterQuery(filters),
    limit: 10,
  };
}

export function useTimeseries(filters: TrendsFilters, groupBy: StatsGroupBy) {
  const api = usePortSafeApi();
  const query = timeseriesQuery(filters, groupBy);
  return useQuery({
    queryKey: ["analytics", "timeseries", query],
    queryFn: () => api.getStatsTimeseries(query),
    enabled: windowProblem(filters.window) === null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSummary(filters: TrendsFilters) {
  const api = usePortSafeApi();
  const query = summaryQuery(filters);
  return useQuery({
    queryKey: ["analytics", "summary", query],
    queryFn: () => api.getStatsSummary(query),
    enabled: windowProblem(filters.window) === null,
    placeholderData: keepPreviousData,
  });
}

/** Category rises in the window; none for roles that may not list patterns (managers). */
export function useSpikes(filters: TrendsFilters) {
  const api = usePortSafeApi();
  const { canAccess } = useCanAccess({ resource: "patterns", action: "list" });
  const query = {
    ...windowInstants(filters.window),
    kind: "category_rise" as const,
  };
  const result = useQuery({
    queryKey: ["analytics", "patterns", query],
    queryFn: () => api.getPatterns(query),
    enabled: canAccess === true && windowProblem(filters.window) === null,
  });
  return result.data?.data ?? [];
}
