// CSV as the server's exports write it and the app reads it: counts as the API gives them, with
// "<5" for a suppressed cell (formatCount), so a file marked safe to share stays safe.

export type CsvCell = string | number | null;

/** Opens a CSV file so Excel reads it as UTF-8 (names such as "Côte" or "Ynys Môn" survive). */
export const csvByteOrderMark = "\ufeff";

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
