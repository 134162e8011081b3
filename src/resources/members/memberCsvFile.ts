// Small helpers for the member CSV: the file's date stamp and where a problem is in the file.
import { memberCsvInputColumns } from "../../domain";

/** YYYY-MM-DD in local time, for a downloaded file's name. */
export function formatIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface CsvProblemPlace {
  /** The spreadsheet row (1 is the header), or null for the file as a whole. */
  row: number | null;
  column: string | null;
}

/** The server names a failing cell "row 3.type", a line "row 3", the file "csv". */
export function csvProblemPlace(field: string): CsvProblemPlace {
  const match = /^row (\d+)(?:\.(.+))?$/.exec(field);
  if (!match) return { row: null, column: null };
  return { row: Number(match[1]), column: match[2] ?? null };
}

/** A first line a manager can paste into a spreadsheet to start an import file. */
export const memberCsvTemplateHeader = memberCsvInputColumns.join(",");
