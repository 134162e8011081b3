// Reads a member CSV into create inputs, or into a report naming every failing cell as
// "row N.column" (row 1 is the header, as a spreadsheet numbers it). Nothing is written here.
import Papa from "papaparse";
import {
  MemberCreateSchema,
  csvCellsToMemberInput,
  csvField,
  csvHeaderProblems,
  csvRowNumber,
  maxMemberImportRows,
  type FieldProblem,
  type MemberCreate,
} from "../../src/domain";
import type { MemberRuleContext } from "./membersWriteRepository";
import { memberRuleProblems } from "./membersWriteRepository";

export type CsvImportOutcome =
  { ok: true; members: MemberCreate[] } | { ok: false; errors: FieldProblem[] };

/** Reports at most this many cell problems: enough to fix a file, short enough to read. */
const maxReportedProblems = 200;

function parseCsv(text: string): {
  header: string[];
  rows: Record<string, string>[];
  errors: FieldProblem[];
} {
  // Spreadsheet programs often save UTF-8 with a byte-order mark; it is not part of the first heading.
  const parsed = Papa.parse<Record<string, string>>(
    text.replace(/^\uFEFF/, ""),
    {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: (heading) => heading.trim(),
    },
  );
  const errors = parsed.errors.map((error) => ({
    field: error.row === undefined ? "csv" : `row ${csvRowNumber(error.row)}`,
    message: `${error.message} (check the commas and quotes on this line)`,
  }));
  return { header: parsed.meta.fields ?? [], rows: parsed.data, errors };
}

function rowProblems(
  cells: Record<string, string>,
  rowNumber: number,
  context: MemberRuleContext,
): { member?: MemberCreate; errors: FieldProblem[] } {
  const parsed = MemberCreateSchema.safeParse(csvCellsToMemberInput(cells));
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => ({
        field: csvField(rowNumber, String(issue.path[0] ?? "row")),
        message: issue.message,
      })),
    };
  }
  const errors = memberRuleProblems(parsed.data, context).map((p) => ({
    field: csvField(rowNumber, p.field),
    message: p.message,
  }));
  return { member: parsed.data, errors };
}

/**
 * Every row is checked, with the same schema and rules as the create form; a member that appears
 * twice in the file is refused at its second row. Only a file without any problem yields members.
 */
export function readMemberCsv(
  text: string,
  context: MemberRuleContext,
): CsvImportOutcome {
  const { header, rows, errors: parseErrors } = parseCsv(text);
  const headerErrors = csvHeaderProblems(header);
  if (parseErrors.length > 0 || headerErrors.length > 0)
    return {
      ok: false,
      errors: [...headerErrors, ...parseErrors].slice(0, maxReportedProblems),
    };
  if (rows.length === 0)
    return {
      ok: false,
      errors: [
        { field: "csv", message: "the CSV has a header but no member rows" },
      ],
    };
  if (rows.length > maxMemberImportRows) {
    return {
      ok: false,
      errors: [
        {
          field: "csv",
          message: `the CSV has ${rows.length} rows; import at most ${maxMemberImportRows} at a time`,
        },
      ],
    };
  }

  const members: MemberCreate[] = [];
  const errors: FieldProblem[] = [];
  const seenInFile = new Map<string, number>();
  rows.forEach((cells, index) => {
    const rowNumber = csvRowNumber(index);
    const outcome = rowProblems(cells, rowNumber, context);
    errors.push(...outcome.errors);
    if (!outcome.member) return;
    const key = `${outcome.member.portId}|${outcome.member.name.toLowerCase()}`;
    const firstRow = seenInFile.get(key);
    if (firstRow !== undefined)
      errors.push({
        field: csvField(rowNumber, "name"),
        message: `${outcome.member.name} at ${outcome.member.portId} is already in row ${firstRow}`,
      });
    else seenInFile.set(key, rowNumber);
    members.push(outcome.member);
  });
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, maxReportedProblems) }
    : { ok: true, members };
}
