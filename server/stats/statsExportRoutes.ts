// Audited exports of the statistics (DESIGN.md §7: every export is one audit row). The map's and
// the trends page's tables as CSV, made here from the same query as their JSON siblings, and the
// record of a picture (PNG) that only the browser can draw: the app saves it once recorded.
// The audit row holds the filters and the number of rows, never a figure or any report text.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  PngExportRecordSchema,
  ProblemSchema,
  StatsPortsExportQuerySchema,
  StatsSummaryExportQuerySchema,
  StatsTimeseriesQuerySchema,
  csvByteOrderMark,
  portStatsCsv,
  statsExportFilename,
  statsExportSlugs,
  summaryCsv,
  suppression,
  suppressionForced,
  timeseriesCsv,
  timeseriesExportSlugs,
  type StatsCsv,
} from "../../src/domain";
import { ukPortsById } from "../../src/domain/reference/ukPorts";
import { recordAudit } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { portStats } from "./statsPortsRepository";
import { statsSummary } from "./statsSummaryRepository";
import { timeseries } from "./statsTimeseriesRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const csvResponse = {
  200: z
    .string()
    .describe(
      'text/csv, UTF-8 with a byte-order mark. Safe to share (safe=1, and always for managers): counts rounded to base 5, 1–4 read "<5", and a last row names the method and the date',
    ),
  ...problems,
};

/** Published values (rounded to base 5) when asked (safe=1), and always outside the desk (managers). */
function suppressFor(request: FastifyRequest, askedSafe: boolean): boolean {
  return askedSafe || suppressionForced(request.user!.roles);
}

interface CsvExport {
  /** Which table: ports, forces, timeseries, topPorts or risingCategories. */
  table: string;
  filename: string;
  file: StatsCsv;
  /** The query as parsed, less `safe` and `table`, which the row records on their own. */
  filters: Record<string, unknown>;
  safeToShare: boolean;
}

/** Records the export, then sends the file: no file leaves without its audit row. */
async function sendAuditedCsv(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  { table, filename, file, filters, safeToShare }: CsvExport,
) {
  await recordAudit(db, request, {
    action: "export",
    entity: "stats",
    detail: {
      format: "csv",
      table,
      rows: file.rows,
      filters,
      safeToShare,
      // Which disclosure control the file's figures went through, when any (DESIGN.md §7).
      method: safeToShare ? suppression(true).method : null,
    },
  });
  return reply
    .type("text/csv; charset=utf-8")
    .header("Content-Disposition", `attachment; filename="${filename}"`)
    .send(csvByteOrderMark + file.csv);
}

export const statsExportRoutes: FastifyPluginAsyncZod<{
  db: Database;
}> = async (app, { db }) => {
  app.get("/api/stats/ports/export.csv", {
    config: { access: allow("stats", "list") },
    schema: {
      tags: ["stats"],
      summary:
        "The map's ports or forces table as CSV, with the query of /api/stats/ports (audited)",
      querystring: StatsPortsExportQuerySchema,
      response: csvResponse,
    },
    handler: async (request, reply) => {
      const { safe, table, ...filters } = request.query;
      const suppress = suppressFor(request, safe);
      const stats = await portStats(db, request.query, suppress);
      return sendAuditedCsv(db, request, reply, {
        table,
        filename: statsExportFilename(statsExportSlugs[table], stats, "csv"),
        file: portStatsCsv(stats, table, ukPortsById),
        filters,
        safeToShare: suppress,
      });
    },
  });

  app.get("/api/stats/timeseries/export.csv", {
    config: { access: allow("stats", "list") },
    schema: {
      tags: ["stats"],
      summary:
        "A trends chart's data as CSV, one row per bucket and a total, with the query of /api/stats/timeseries (audited)",
      querystring: StatsTimeseriesQuerySchema,
      response: csvResponse,
    },
    handler: async (request, reply) => {
      const { safe, ...filters } = request.query;
      const suppress = suppressFor(request, safe);
      const data = await timeseries(db, request.query, suppress);
      const slug = timeseriesExportSlugs[data.groupBy];
      return sendAuditedCsv(db, request, reply, {
        table: "timeseries",
        filename: statsExportFilename(slug, data, "csv"),
        file: timeseriesCsv(data),
        filters,
        safeToShare: suppress,
      });
    },
  });

  app.get("/api/stats/summary/export.csv", {
    config: { access: allow("stats", "list") },
    schema: {
      tags: ["stats"],
      summary:
        "Top ports or fastest-rising categories as CSV, with the query of /api/stats/summary (audited)",
      querystring: StatsSummaryExportQuerySchema,
      response: csvResponse,
    },
    handler: async (request, reply) => {
      const { safe, table, ...filters } = request.query;
      const suppress = suppressFor(request, safe);
      const data = await statsSummary(db, request.query, suppress);
      return sendAuditedCsv(db, request, reply, {
        table,
        filename: statsExportFilename(statsExportSlugs[table], data, "csv"),
        file: summaryCsv(data, table, ukPortsById),
        filters,
        safeToShare: suppress,
      });
    },
  });

  app.post("/api/exports", {
    config: { access: allow("stats", "list") },
    schema: {
      tags: ["stats"],
      summary:
        "Record a picture (PNG) of the map or a chart before the app saves it (audited)",
      body: PngExportRecordSchema,
      response: {
        204: z.null().describe("Recorded: the app may save the picture"),
        ...problems,
      },
    },
    handler: async (request, reply) => {
      const { kind, view, filters, safeToShare } = request.body;
      await recordAudit(db, request, {
        action: "export",
        entity: "stats",
        detail: {
          format: kind,
          view,
          filters,
          // A manager's figures are published values whatever the picture claims.
          safeToShare: suppressFor(request, safeToShare),
          method: suppressFor(request, safeToShare)
            ? suppression(true).method
            : null,
        },
      });
      return reply.code(204).send(null);
    },
  });
};
