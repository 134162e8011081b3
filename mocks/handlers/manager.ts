// The JMSC managers' writes and aggregates: member register writes and CSV, assessment writes,
// the PSeMS framework and coverage. Registered ahead of memberHandlers, whose GET
// /api/members/:id would otherwise answer /api/members/export.csv with "not a valid id".
import type { HttpHandler } from "msw";
import type { MockDb } from "../mockDb";
import { assessmentWriteHandlers } from "./assessmentWrites";
import { coverageHandlers } from "./coverage";
import { memberCsvHandlers } from "./memberCsv";
import { memberWriteHandlers } from "./memberWrites";
import { psemsHandlers } from "./psems";

export function managerHandlers(db: MockDb): HttpHandler[] {
  return [
    ...memberCsvHandlers(db),
    ...memberWriteHandlers(db),
    ...assessmentWriteHandlers(db),
    ...psemsHandlers(db),
    ...coverageHandlers(db),
  ];
}
