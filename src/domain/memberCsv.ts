// The member register as CSV: the columns of the export and of the import template, and how a
// CSV cell becomes a field. Import validates every row with MemberCreateSchema, like the form.
import { z } from "zod";
import type { FieldProblem } from "./problem";

/** Columns a manager fills in; the import needs the first seven, the rest have defaults. */
export const memberCsvInputColumns = [
  "name",
  "type",
  "portId",
  "contactName",
  "contactRole",
  "contactEmail",
  "joinedOn",
  "contactPhone",
  "assetPackIssued",
  "actAccess",
  "newsletter",
  "status",
  "majorChangeOn",
] as const;
export type MemberCsvInputColumn = (typeof memberCsvInputColumns)[number];

export const memberCsvRequiredColumns: readonly MemberCsvInputColumn[] =
  memberCsvInputColumns.slice(0, 7);

/** Columns the export adds; the import accepts and ignores them, so an export can be edited and re-imported. */
export const memberCsvReadOnlyColumns = [
  "id",
  "lastAssessedOn",
  "nextReviewDue",
  "reviewTrigger",
  "reviewWarning",
  "assessmentState",
  "version",
  "createdAt",
  "updatedAt",
] as const;

export const memberCsvExportColumns = [
  "id",
  ...memberCsvInputColumns,
  ...memberCsvReadOnlyColumns.slice(1),
] as const;

const booleanColumns = new Set<MemberCsvInputColumn>([
  "assetPackIssued",
  "actAccess",
  "newsletter",
]);
const nullableColumns = new Set<MemberCsvInputColumn>([
  "contactPhone",
  "majorChangeOn",
]);
const yes = new Set(["yes", "y", "true", "1"]);
const no = new Set(["no", "n", "false", "0"]);

/** Parsed CSV rows: the header is spreadsheet row 1, so the first member is row 2. */
export function csvRowNumber(dataIndex: number): number {
  return dataIndex + 2;
}

export function csvField(rowNumber: number, column: string): string {
  return `row ${rowNumber}.${column}`;
}

/**
 * Turns one row of cells into the body the create form would send: blank optional cells are
 * left out (so defaults apply), blank nullable ones become null, yes/no become booleans. A cell
 * that is not a yes/no where one is needed is kept as text for the schema to refuse.
 */
export function csvCellsToMemberInput(
  cells: Record<string, string | undefined>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const column of memberCsvInputColumns) {
    const raw = cells[column]?.trim();
    if (raw === undefined || raw === "") {
      if (nullableColumns.has(column)) input[column] = null;
      else if (!booleanColumns.has(column) && column !== "status")
        input[column] = raw;
      continue;
    }
    if (booleanColumns.has(column)) {
      const lower = raw.toLowerCase();
      input[column] = yes.has(lower) ? true : no.has(lower) ? false : raw;
    } else {
      input[column] = raw;
    }
  }
  return input;
}

/** The header's problems: columns the import needs but lacks, and columns it does not know. */
export function csvHeaderProblems(header: readonly string[]): FieldProblem[] {
  const known = new Set<string>([
    ...memberCsvInputColumns,
    ...memberCsvReadOnlyColumns,
  ]);
  const missing = memberCsvRequiredColumns.filter(
    (column) => !header.includes(column),
  );
  const unknown = header.filter((column) => !known.has(column));
  return [
    ...missing.map((column) => ({
      field: csvField(1, column),
      message: `the ${column} column is missing; the import needs ${memberCsvRequiredColumns.join(", ")}`,
    })),
    ...unknown.map((column) => ({
      field: csvField(1, column || "(blank)"),
      message: `${column || "a blank heading"} is not a member column; use ${memberCsvInputColumns.join(", ")}`,
    })),
  ];
}

/** POST /api/members/import: a text/csv body, or JSON `{ "csv": "…" }`. */
export const MemberImportRequestSchema = z.union([
  z.string().min(1, "send the CSV text"),
  z.object({ csv: z.string().min(1, "csv is empty") }).strict(),
]);

export const MemberImportResultSchema = z
  .object({ imported: z.number().int().min(0) })
  .meta({ id: "MemberImportResult" });
export type MemberImportResult = z.infer<typeof MemberImportResultSchema>;

/** Rows beyond this are refused: the whole register is a few hundred members. */
export const maxMemberImportRows = 5000;
