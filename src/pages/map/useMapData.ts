// The map's data: reports per port for the window (or the week the timeline is on), and the
// cross-port patterns of the window. Both are aggregated by the server (DESIGN.md §6).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCanAccess } from "react-admin";
import {
  windowInstants,
  windowProblem,
  type DayWindow,
} from "../../common/charts/analyticsWindow";
import { useAnalyticsApi } from "../../providers/useAnalyticsApi";
import { reportFilterQuery, type MapFilters } from "./useMapFilters";

export function usePortStats(filters: MapFilters, shown: DayWindow) {
  const api = useAnalyticsApi();
  const query = { ...windowInstants(shown), ...reportFilterQuery(filters) };
  return useQuery({
    queryKey: ["analytics", "portStats", query],
    queryFn: () => api.getPortStats(query),
    enabled: windowProblem(shown) === null,
    // While the timeline plays, the last week stays on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });
}

export function usePatterns(window: DayWindow) {
  const api = useAnalyticsApi();
  const { canAccess } = useCanAccess({ resource: "patterns", action: "list" });
  const query = windowInstants(window);
  const result = useQuery({
    queryKey: ["analytics", "patterns", query],
    queryFn: () => api.getPatterns(query),
    enabled: canAccess === true && windowProblem(window) === null,
  });
  return { ...result, canList: canAccess === true, query };
}
