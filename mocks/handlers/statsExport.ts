// The statistics exports in the mock (server/routes/statsExport.ts): the same CSV files, from the
// mock's aggregates and the CSV writers in src/domain, and the record of a picture. The mock
// keeps no audit log; it checks access and the request as the server does, then answers.
import { http, HttpResponse, type HttpHandler } from "msw";
import type { z } from "zod";
import {
  PngExportRecordSchema,
  StatsPortsExportQuerySchema,
  StatsSummaryExportQuerySchema,
  StatsTimeseriesQuerySchema,
  csvByteOrderMark,
  portStatsCsv,
  statsExportFilename,
  statsExportSlugs,
  summaryCsv,
  timeseriesCsv,
  timeseriesExportSlugs,
  type StatsCsv,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { ProblemError, problemResponse } from "./problems";
import { checkedStatsQuery } from "./stats";
import { portStats } from "./statsPortCounts";
import { statsSummary } from "./statsSummary";
import { timeseries } from "./statsTimeseries";

/** A GET …/export.csv route: the checks of its JSON sibling, then the file as an attachment. */
function csvRoute<Q extends { safe: boolean }>(
  db: MockDb,
  path: string,
  querySchema: z.ZodType<Q>,
  make: (query: Q, suppress: boolean) => { filename: string; file: StatsCsv },
): HttpHandler {
  return http.get(path, ({ request }) => {
    const checked = checkedStatsQuery(db, request, querySchema);
    if (checked instanceof Response) return checked;
    try {
      const { filename, file } = make(checked.query, checked.suppress);
      return new HttpResponse(csvByteOrderMark + file.csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${filename}"`,
        },
      });
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem);
      throw error;
    }
  });
}

export function statsExportHandlers(db: MockDb): HttpHandler[] {
  const portById = (id: string) => db.portById(id);
  const portsById = () => new Map(db.ports.map((port) => [port.id, port]));
  return [
    csvRoute(
      db,
      "*/api/stats/ports/export.csv",
      StatsPortsExportQuerySchema,
      (query, suppress) => {
        const stats = portStats(db.reports, db.ports, query, suppress);
        return {
          filename: statsExportFilename(
            statsExportSlugs[query.table],
            stats,
            "csv",
          ),
          file: portStatsCsv(stats, query.table, portsById()),
        };
      },
    ),
    csvRoute(
      db,
      "*/api/stats/timeseries/export.csv",
      StatsTimeseriesQuerySchema,
      (query, suppress) => {
        const data = timeseries(db.reports, portById, query, suppress);
        return {
          filename: statsExportFilename(
            timeseriesExportSlugs[data.groupBy],
            data,
            "csv",
          ),
          file: timeseriesCsv(data),
        };
      },
    ),
    csvRoute(
      db,
      "*/api/stats/summary/export.csv",
      StatsSummaryExportQuerySchema,
      (query, suppress) => {
        const data = statsSummary(db.reports, portById, query, suppress);
        return {
          filename: statsExportFilename(
            statsExportSlugs[query.table],
            data,
            "csv",
          ),
          file: summaryCsv(data, query.table, portsById()),
        };
      },
    ),
    checkedHandler(db, {
      method: "post",
      path: "*/api/exports",
      deny: () => denyUnlessAllowed(db, "stats", "list"),
      body: PngExportRecordSchema,
      handle: () => new HttpResponse(null, { status: 204 }),
    }),
  ];
}
