// What the trends page shows: window, interval, counts or share, chart form, comparison with
// the previous period, "safe to share", and the port filters. Kept in react-admin's memory store
// (never the URL or localStorage: DESIGN.md §7).
import { useState } from "react";
import { useStore } from "react-admin";
import type { Channel, Nation, StatsInterval } from "../../domain";
import {
  presetWindow,
  type DayWindow,
} from "../../common/charts/analyticsWindow";

export type Measure = "count" | "share";
export type ChartForm = "area" | "bars";

export interface TrendsFilters {
  window: DayWindow;
  interval: StatsInterval;
  measure: Measure;
  form: ChartForm;
  compare: boolean;
  safe: boolean;
  portId: string[];
  nation: Nation[];
  force: string[];
  /** "1" to "3" */
  tier: string[];
  channel: Channel[];
}

export function defaultTrendsFilters(now: Date): TrendsFilters {
  return {
    window: presetWindow("365", now),
    interval: "week",
    measure: "count",
    form: "area",
    compare: true,
    safe: false,
    portId: [],
    nation: [],
    force: [],
    tier: [],
    channel: [],
  };
}

export function useTrendsFilters() {
  const [now] = useState(() => new Date());
  const [filters, setFilters] = useStore<TrendsFilters>(
    "analytics.trends.filters",
    defaultTrendsFilters(now),
  );
  const update = (changes: Partial<TrendsFilters>) =>
    setFilters((current) => ({ ...current, ...changes }));
  return { filters, update, now };
}

/** The port and channel filters as API query fields; empty lists mean "all". */
export function portFilterQuery(filters: TrendsFilters) {
  const some = <T>(values: T[]) => (values.length > 0 ? values : undefined);
  return {
    portId: some(filters.portId),
    nation: some(filters.nation),
    force: some(filters.force),
    tier: some(filters.tier.map(Number)),
    channel: some(filters.channel),
    safe: filters.safe,
  };
}
