// What the map shows: the window, the report filters, force shading and "safe to share". Kept in
// react-admin's memory store, so leaving the map and coming back finds it as it was, but never
// written to the URL or localStorage (DESIGN.md §7).
import { useState } from "react";
import { useStore } from "react-admin";
import type {
  Channel,
  InsiderType,
  ReportCategory,
  ReportStatus,
} from "../../domain";
import {
  presetWindow,
  type DayWindow,
} from "../../common/charts/analyticsWindow";

export interface MapFilters {
  window: DayWindow;
  category: ReportCategory[];
  insiderType: InsiderType[];
  status: ReportStatus[];
  channel: Channel[];
  /** Shade police force areas by reports at their ports (a choropleth). */
  shadeForces: boolean;
  /** Ask for figures safe to share: counts under 5 suppressed. */
  safe: boolean;
}

export function defaultMapFilters(now: Date): MapFilters {
  return {
    window: presetWindow("90", now),
    category: [],
    insiderType: [],
    status: [],
    channel: [],
    shadeForces: false,
    safe: false,
  };
}

export function useMapFilters() {
  const [now] = useState(() => new Date());
  const [filters, setFilters] = useStore<MapFilters>(
    "analytics.map.filters",
    defaultMapFilters(now),
  );
  const update = (changes: Partial<MapFilters>) =>
    setFilters((current) => ({ ...current, ...changes }));
  return { filters, update, now };
}

/** The report filters as API query fields; empty lists are left out (all values). */
export function reportFilterQuery(filters: MapFilters) {
  const some = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    category: some(filters.category),
    insiderType: some(filters.insiderType),
    status: some(filters.status),
    channel: some(filters.channel),
    safe: filters.safe,
  };
}
