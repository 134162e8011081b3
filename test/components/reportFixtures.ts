// Reports from the demo dataset in the state a test needs, put there through the mock db.
import { mockDb } from "../../mocks/node";
import type { Report } from "../../src/domain";

function deskOfficerId(): string {
  const desk = mockDb.users.find((u) => u.username === "desk");
  if (!desk) throw new Error("no desk user in the demo dataset");
  return desk.id;
}

/**
 * A report the desk officer is triaging: in triage, assigned to them, not yet assessed, and not
 * insider threat (so no insider type is in play).
 */
export function reportInTriage(): Report {
  const report = mockDb.reports.find(
    (r) => r.status === "new" && r.category !== "insider_threat",
  );
  if (!report) throw new Error("the demo dataset has no new report");
  const inTriage: Report = {
    ...report,
    status: "triage",
    risk: null,
    riskRationale: null,
    thrive: null,
    firstAssessedAt: null,
    assigneeId: deskOfficerId(),
  };
  mockDb.replaceReport(inTriage);
  return inTriage;
}

/** A colleague saves a change to the report first, as the API would: version up by one. */
export function colleagueChanges(
  report: Report,
  change: Partial<Report>,
): Report {
  const current = mockDb.reportById(report.id) ?? report;
  const changed: Report = {
    ...current,
    ...change,
    version: current.version + 1,
  };
  mockDb.replaceReport(changed);
  return changed;
}
