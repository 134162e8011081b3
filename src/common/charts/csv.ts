// CSV files and downloads made in the browser. Counts are written as the API gives them, with
// "<5" for a suppressed cell (formatCount), so a file marked safe to share stays safe.

export type CsvCell = string | number | null;

/**
 * A cell as CSV: quoted when it holds a comma, quote or line break, and text that a spreadsheet
 * would run as a formula (=, +, -, @) starts with an apostrophe so it stays text.
 */
function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return (
    [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") +
    "\r\n"
  );
}

/** Saves a file the way a link with `download` does; the object URL is released afterwards. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(filename: string, csv: string): void {
  // A byte-order mark so Excel opens the file as UTF-8 (names such as "Côte" survive).
  downloadBlob(
    filename,
    new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }),
  );
}

/** portsafe-trends-2026-08-23-to-2026-11-21.csv */
export function exportFilename(
  what: string,
  window: { fromDay: string; toDay: string },
  extension: "csv" | "png",
): string {
  return `portsafe-${what}-${window.fromDay}-to-${window.toDay}.${extension}`;
}
