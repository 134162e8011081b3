// The map's data: reports per port for the window (or the week the timeline is on), the
// cross-port patterns of the window (both aggregated by the server: DESIGN.md §6), and the
// optional tile layer configured on the server.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCanAccess } from "react-admin";
import {
  windowInstants,
  windowProblem,
  type DayWindow,
} from "../../common/charts/analyticsWindow";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { reportFilterQuery, type MapFilters } from "./useMapFilters";

/** The map's figures; `query` is also what its exports ask for. */
export function usePortStats(filters: MapFilters, shown: DayWindow) {
  const api = usePortSafeApi();
  const query = { ...windowInstants(shown), ...reportFilterQuery(filters) };
  const result = useQuery({
    queryKey: ["analytics", "portStats", query],
    queryFn: () => api.getPortStats(query),
    enabled: windowProblem(shown) === null,
    // While the timeline plays, the last week stays on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });
  return { ...result, query };
}

/** The patterns among the reports the map shows: the same window and report filters. */
export function usePatterns(window: DayWindow, filters: MapFilters) {
  const api = usePortSafeApi();
  const { canAccess } = useCanAccess({ resource: "patterns", action: "list" });
  const { safe: _safe, ...reportFilters } = reportFilterQuery(filters);
  const query = { ...windowInstants(window), ...reportFilters };
  const result = useQuery({
    queryKey: ["analytics", "patterns", query],
    queryFn: () => api.getPatterns(query),
    enabled: canAccess === true && windowProblem(window) === null,
  });
  return { ...result, canList: canAccess === true, query };
}

/** The raster tile layer configured on the server; null (the offline layers) until known. */
export function useTileLayer() {
  const api = usePortSafeApi();
  const { data } = useQuery({
    queryKey: ["settings", "map"],
    queryFn: () => api.getMapSettings(),
    // Server configuration: it changes only when the server restarts.
    staleTime: Infinity,
  });
  return data?.tiles ?? null;
}
