// Every download of figures goes through the server, because every export is one audit row
// (DESIGN.md §7). A CSV is made by the server, which records it as it answers. A picture can only
// be drawn here, so it is recorded first and saved only once the server has accepted the record:
// if the server refuses (or cannot be reached), the error is shown and nothing is saved.
import { useCallback } from "react";
import { useNotify } from "react-admin";
import {
  ExportFiltersSchema,
  type ExportFilters,
  type ExportView,
  type PngExportRecord,
} from "../../domain";
import type { AnalyticsMethods } from "../../providers/analyticsMethods";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { downloadBlob } from "./downloads";

/** The window and filters of a stats query, as the export record takes them. */
function exportFiltersOf(query: { from: string; to: string }): ExportFilters {
  const keys: readonly string[] = Object.keys(ExportFiltersSchema.shape);
  return Object.fromEntries(
    Object.entries(query).filter(
      ([key, value]) => keys.includes(key) && value !== undefined,
    ),
  ) as ExportFilters;
}

export interface PngExport {
  filename: string;
  view: ExportView;
  /** The stats query of the figures in the picture (paging, `safe` and `compare` are left out). */
  query: { from: string; to: string };
  /** Whether the figures in the picture have small counts suppressed. */
  safeToShare: boolean;
}

export interface CsvExport {
  filename: string;
  /** Asks the server for the file, with the query of the figures on screen. */
  fetch: (api: AnalyticsMethods) => Promise<Blob>;
}

export function useAuditedExport() {
  const notify = useNotify();
  const api = usePortSafeApi();
  const fail = useCallback(
    (error: unknown) =>
      notify(error instanceof Error ? error.message : String(error), {
        type: "error",
      }),
    [notify],
  );

  const saveCsv = useCallback(
    async ({ filename, fetch }: CsvExport) => {
      try {
        downloadBlob(filename, await fetch(api));
      } catch (error) {
        fail(error);
      }
    },
    [api, fail],
  );

  /** Draws the picture, has the server record the export, then saves the file. */
  const savePng = useCallback(
    async (png: PngExport, draw: () => Promise<Blob>) => {
      try {
        const blob = await draw();
        const record: PngExportRecord = {
          kind: "png",
          view: png.view,
          filters: exportFiltersOf(png.query),
          safeToShare: png.safeToShare,
        };
        await api.recordPngExport(record);
        downloadBlob(png.filename, blob);
      } catch (error) {
        fail(error);
      }
    },
    [api, fail],
  );

  return { saveCsv, savePng };
}
