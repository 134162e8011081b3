// The analyst's reads and the pattern review as react-admin "custom methods" of the data
// provider: aggregate counts for the map and trends pages, and cross-port patterns. Reached
// through usePortSafeApi, so a 401 from any of them signs the user out like any other request.
import {
  MapSettingsSchema,
  PatternListResponseSchema,
  ReviewedPatternSchema,
  StatsPortsResponseSchema,
  StatsSummaryResponseSchema,
  StatsTimeseriesResponseSchema,
  type MapSettings,
  type PatternListQuery,
  type PatternListResponse,
  type PatternReviewRequest,
  type ReviewedPattern,
  type PngExportRecord,
  type StatsPortsExportQuery,
  type StatsPortsQuery,
  type StatsPortsResponse,
  type StatsSummaryExportQuery,
  type StatsSummaryQuery,
  type StatsSummaryResponse,
  type StatsTimeseriesQuery,
  type StatsTimeseriesResponse,
} from "../domain";
import { apiDownload, apiFetch, NoContentSchema } from "./http";

/** A query as the contract parses it, with every field but the window left to the server's default. */
export type WindowQuery<Q> = Partial<Q> & { from: string; to: string };

type QueryValue =
  string | number | boolean | undefined | null | readonly (string | number)[];

/** One key per field, repeated for many values; `safe` and other flags as "1"; empty values left out. */
export function analyticsQuery(query: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null || value === false) continue;
    if (value === true) params.set(key, "1");
    else if (Array.isArray(value))
      for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params;
}

export interface AnalyticsMethods {
  getPortStats(
    query: WindowQuery<StatsPortsQuery>,
  ): Promise<StatsPortsResponse>;
  getStatsTimeseries(
    query: WindowQuery<StatsTimeseriesQuery>,
  ): Promise<StatsTimeseriesResponse>;
  getStatsSummary(
    query: WindowQuery<StatsSummaryQuery>,
  ): Promise<StatsSummaryResponse>;
  getPatterns(
    query: WindowQuery<PatternListQuery>,
  ): Promise<PatternListResponse>;
  /** The map's optional raster tile layer, configured on the server. */
  getMapSettings(): Promise<MapSettings>;
  // Exports: the server makes each CSV and writes the audit row; a picture is recorded first.
  exportPortStatsCsv(query: WindowQuery<StatsPortsExportQuery>): Promise<Blob>;
  exportTimeseriesCsv(query: WindowQuery<StatsTimeseriesQuery>): Promise<Blob>;
  exportSummaryCsv(
    query: WindowQuery<StatsSummaryExportQuery> &
      Pick<StatsSummaryExportQuery, "table">,
  ): Promise<Blob>;
  recordPngExport(record: PngExportRecord): Promise<void>;
  /** Records the analyst's decision; `from`/`to` are the window the pattern was listed for. */
  reviewPattern(
    id: string,
    body: PatternReviewRequest,
  ): Promise<ReviewedPattern>;
}

export const analyticsMethods: AnalyticsMethods = {
  async getPortStats(query) {
    const { json } = await apiFetch("/stats/ports", StatsPortsResponseSchema, {
      query: analyticsQuery(query),
    });
    return json;
  },
  async getStatsTimeseries(query) {
    const { json } = await apiFetch(
      "/stats/timeseries",
      StatsTimeseriesResponseSchema,
      {
        query: analyticsQuery(query),
      },
    );
    return json;
  },
  async getStatsSummary(query) {
    const { json } = await apiFetch(
      "/stats/summary",
      StatsSummaryResponseSchema,
      {
        query: analyticsQuery(query),
      },
    );
    return json;
  },
  async getPatterns(query) {
    const { json } = await apiFetch("/patterns", PatternListResponseSchema, {
      query: analyticsQuery(query),
    });
    return json;
  },
  async getMapSettings() {
    return (await apiFetch("/settings/map", MapSettingsSchema)).json;
  },
  exportPortStatsCsv: (query) =>
    apiDownload("/stats/ports/export.csv", analyticsQuery(query)),
  exportTimeseriesCsv: (query) =>
    apiDownload("/stats/timeseries/export.csv", analyticsQuery(query)),
  exportSummaryCsv: (query) =>
    apiDownload("/stats/summary/export.csv", analyticsQuery(query)),
  async recordPngExport(record) {
    await apiFetch("/exports", NoContentSchema, {
      method: "POST",
      body: record,
    });
  },
  async reviewPattern(id, body) {
    const { json } = await apiFetch(
      `/patterns/${encodeURIComponent(id)}/review`,
      ReviewedPatternSchema,
      { method: "POST", body },
    );
    return json;
  },
};
