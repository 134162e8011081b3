// The member register as CSV (server/routes/membersCsv.ts, membersCsvImport.ts): import all rows
// or none, each row checked with the create form's schema and rules and every failing cell named
// "row N.column"; export with the list's filters and order.
import { http, HttpResponse, type HttpHandler } from "msw";
import Papa from "papaparse";
import {
  MemberCreateSchema,
  MemberExportQuerySchema,
  MemberImportRequestSchema,
  MemberImportResultSchema,
  csvCellsToMemberInput,
  csvField,
  csvHeaderProblems,
  csvRowNumber,
  londonDate,
  maxMemberImportRows,
  memberCsvExportColumns,
  type FieldProblem,
  type Member,
  type MemberCreate,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { contractResponse } from "./contractResponse";
import { queryObject } from "./listRoute";
import { matchingMembers, sortChoice } from "./members";
import { memberRuleProblems, newMember } from "./memberWrites";
import {
  fail,
  invalidJson,
  problemResponse,
  ProblemError,
  validationProblem,
} from "./problems";

const maxReportedProblems = 200;

function parseCsv(text: string) {
  const parsed = Papa.parse<Record<string, string>>(
    text.replace(/^\uFEFF/, ""),
    {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: (heading) => heading.trim(),
    },
  );
  const errors: FieldProblem[] = parsed.errors.map((error) => ({
    field: error.row === undefined ? "csv" : `row ${csvRowNumber(error.row)}`,
    message: `${error.message} (check the commas and quotes on this line)`,
  }));
  return { header: parsed.meta.fields ?? [], rows: parsed.data, errors };
}

function rowProblems(
  db: MockDb,
  cells: Record<string, string>,
  rowNumber: number,
) {
  const parsed = MemberCreateSchema.safeParse(csvCellsToMemberInput(cells));
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((issue) => ({
        field: csvField(rowNumber, String(issue.path[0] ?? "row")),
        message: issue.message,
      })),
    };
  }
  const errors = memberRuleProblems(db, parsed.data).map((p) => ({
    field: csvField(rowNumber, p.field),
    message: p.message,
  }));
  return { member: parsed.data, errors };
}

/** The members of a file without problems; otherwise every problem, as the server reports them. */
function readMemberCsv(
  db: MockDb,
  text: string,
): MemberCreate[] | FieldProblem[] {
  const { header, rows, errors: parseErrors } = parseCsv(text);
  const headerErrors = csvHeaderProblems(header);
  if (parseErrors.length > 0 || headerErrors.length > 0)
    return [...headerErrors, ...parseErrors].slice(0, maxReportedProblems);
  if (rows.length === 0)
    return [
      { field: "csv", message: "the CSV has a header but no member rows" },
    ];
  if (rows.length > maxMemberImportRows)
    return [
      {
        field: "csv",
        message: `the CSV has ${rows.length} rows; import at most ${maxMemberImportRows} at a time`,
      },
    ];
  const members: MemberCreate[] = [];
  const errors: FieldProblem[] = [];
  const seenInFile = new Map<string, number>();
  rows.forEach((cells, index) => {
    const rowNumber = csvRowNumber(index);
    const outcome = rowProblems(db, cells, rowNumber);
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
  return errors.length > 0 ? errors.slice(0, maxReportedProblems) : members;
}

async function importText(request: Request): Promise<string> {
  const raw = await request.text();
  let body: unknown = raw;
  if (!(request.headers.get("Content-Type") ?? "").startsWith("text/csv")) {
    try {
      body = JSON.parse(raw);
    } catch {
      throw new ProblemError(invalidJson());
    }
  }
  const parsed = MemberImportRequestSchema.safeParse(body);
  if (!parsed.success)
    throw new ProblemError(validationProblem("body", parsed.error));
  return typeof parsed.data === "string" ? parsed.data : parsed.data.csv;
}

function importMembers(db: MockDb, text: string): number {
  const outcome = readMemberCsv(db, text);
  if (outcome.length > 0 && "field" in outcome[0]!) {
    const errors = outcome as FieldProblem[];
    const detail = `Nothing was imported: the CSV has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}. Fix ${errors.length === 1 ? "it" : "them"} and import the whole file again.`;
    fail(400, "validation", detail, { errors });
  }
  const created = (outcome as MemberCreate[]).map((input) =>
    newMember(db, input),
  );
  db.members = [...db.members, ...created];
  return created.length;
}

function memberCsv(rows: Member[]): string {
  const cells = rows.map((member) =>
    memberCsvExportColumns.map((column) => {
      const value = member[column];
      return typeof value === "boolean"
        ? value
          ? "yes"
          : "no"
        : (value ?? "");
    }),
  );
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields: [...memberCsvExportColumns], data: cells },
      { escapeFormulae: true, newline: "\r\n" },
    )
  );
}

export function memberCsvHandlers(db: MockDb): HttpHandler[] {
  return [
    http.post("*/api/members/import", async ({ request }) => {
      const denied = denyUnlessAllowed(db, "members", "create");
      if (denied) return denied;
      try {
        const imported = importMembers(db, await importText(request));
        return contractResponse(MemberImportResultSchema, { imported });
      } catch (error) {
        if (error instanceof ProblemError)
          return problemResponse(error.problem);
        throw error;
      }
    }),
    http.get("*/api/members/export.csv", ({ request }) => {
      const denied = denyUnlessAllowed(db, "members", "list");
      if (denied) return denied;
      const params = new URL(request.url).searchParams;
      const parsed = MemberExportQuerySchema.safeParse(queryObject(params));
      if (!parsed.success)
        return problemResponse(validationProblem("query", parsed.error));
      const rows = matchingMembers(
        db,
        parsed.data,
        sortChoice(params, parsed.data),
      );
      return new HttpResponse(memberCsv(rows), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="portsafe-members-${londonDate(db.now())}.csv"`,
        },
      });
    }),
  ];
}
