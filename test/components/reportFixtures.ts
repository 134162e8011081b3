// Reports from the seeded demo database in the state a test needs, put there through the real
// API as a desk officer would (so the timeline and audit log are as they would be).
import {
  ReportListResponseSchema,
  ReportSchema,
  type Report,
  type ReportPatch,
} from "../../src/domain";
import { jsonAs } from "./realApi";

/** The demo desk officer's user id. */
export async function userIdOf(username: string): Promise<string> {
  const me = await jsonAs<{ id: string }>(username, {
    method: "GET",
    url: "/api/auth/me",
  });
  return me.id;
}

/** Reports as the desk sees them in a list: query is the list's query string. */
export async function listReports(query: string): Promise<Report[]> {
  const page = await jsonAs("desk", {
    method: "GET",
    url: `/api/reports?${query}`,
  });
  return ReportListResponseSchema.parse(page).data;
}

export async function reportById(id: string): Promise<Report> {
  return ReportSchema.parse(
    await jsonAs("desk", { method: "GET", url: `/api/reports/${id}` }),
  );
}

/**
 * A report the desk officer is triaging: in triage, assigned to them, not yet assessed, and not
 * insider threat (so no insider type is in play).
 */
export async function reportInTriage(): Promise<Report> {
  const candidates = await listReports(
    "status=new&perPage=100&sort=receivedAt&order=desc",
  );
  const report = candidates.find(
    (r) => r.category !== "insider_threat" && r.risk === null,
  );
  if (!report) throw new Error("the demo database has no new report");
  const deskId = await userIdOf("desk");
  const assigned = ReportSchema.parse(
    await jsonAs("desk", {
      method: "POST",
      url: `/api/reports/${report.id}/assignment`,
      headers: { "if-match": `"${report.version}"` },
      payload: { assigneeId: deskId },
    }),
  );
  return ReportSchema.parse(
    await jsonAs("desk", {
      method: "POST",
      url: `/api/reports/${report.id}/transitions`,
      headers: { "if-match": `"${assigned.version}"` },
      payload: { to: "triage" },
    }),
  );
}

/**
 * A colleague (desk2 by default) enters a hotline report by hand, through the API: it is received
 * now, so it is the newest report, unassessed and unassigned.
 */
export async function colleagueEntersReport(
  externalRef: string,
  username = "desk2",
): Promise<Report> {
  return ReportSchema.parse(
    await jsonAs(username, {
      method: "POST",
      url: "/api/reports",
      payload: {
        externalRef,
        receivedAt: new Date().toISOString(),
        channel: "hotline",
        portId: "dover",
        category: "drugs",
        summary: `Caller ${externalRef} saw bags moved from a lorry cab at the east dock`,
        details: "The caller works nights at the east dock and saw bags moved.",
      },
    }),
  );
}

/**
 * A colleague (another desk officer, desk2) saves a change to the report first, through the API:
 * version up by one. The app tells an officer only about changes made by someone else.
 */
export async function colleagueChanges(
  report: Report,
  change: ReportPatch,
  username = "desk2",
): Promise<Report> {
  const current = await reportById(report.id);
  return ReportSchema.parse(
    await jsonAs(username, {
      method: "PATCH",
      url: `/api/reports/${report.id}`,
      headers: { "if-match": `"${current.version}"` },
      payload: change,
    }),
  );
}

/**
 * Assigns every unassigned new report to `username` through the API, as a manager sharing out
 * the queue would: the reports stay unassessed, but none is left for claim next.
 */
export async function assignEveryNewReportTo(username: string): Promise<void> {
  const assigneeId = await userIdOf(username);
  for (;;) {
    const unassigned = (
      await listReports("status=new&perPage=100&sort=receivedAt&order=asc")
    ).filter((report) => report.assigneeId === null);
    if (unassigned.length === 0) return;
    for (const report of unassigned)
      await jsonAs("desk", {
        method: "POST",
        url: `/api/reports/${report.id}/assignment`,
        headers: { "if-match": `"${report.version}"` },
        payload: { assigneeId },
      });
  }
}

/** The report with this reference (PS-yyyy-nnnnnn), found through the list's search. */
export async function reportByReference(reference: string): Promise<Report> {
  const found = (
    await listReports(`q=${encodeURIComponent(reference)}&perPage=100`)
  ).find((report) => report.reference === reference);
  if (!found) throw new Error(`no report ${reference}`);
  return found;
}
