// POST /api/reports: the desk enters a hotline transcription by hand (server/routes/intake.ts and
// intakeRepository.ts). The reference continues after the dataset's, PS-<year>-<next>.
import type { HttpHandler } from "msw";
import {
  channelLabels,
  etagFor,
  insiderTypeProblem,
  IntakeReportSchema,
  ReportSchema,
  slaDueAt,
  type CurrentUser,
  type IntakeReport,
  type Report,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { fail, failField } from "./problems";

/** Insider threat and terrorism reports start OFFICIAL-SENSITIVE; the desk can change the marking. */
const sensitiveCategories: ReadonlySet<string> = new Set([
  "insider_threat",
  "terrorism_hostile_reconnaissance",
]);

export function intakeHandler(db: MockDb): HttpHandler {
  return checkedHandler(db, {
    method: "post",
    path: "*/api/reports",
    deny: () => denyUnlessAllowed(db, "reports", "create"),
    body: IntakeReportSchema,
    handle: ({ body, user }) => {
      const report = db.transaction(() => insertReport(db, body, user));
      return contractResponse(ReportSchema, report, {
        status: 201,
        headers: {
          ETag: etagFor(report.version),
          Location: `/api/reports/${report.id}`,
        },
      });
    },
  });
}

function insertReport(
  db: MockDb,
  body: IntakeReport,
  actor: CurrentUser,
): Report {
  const insiderType = body.insiderType ?? null;
  const inconsistency = insiderTypeProblem(body.category, insiderType);
  if (inconsistency) {
    failField("insiderType", inconsistency, `insiderType: ${inconsistency}`);
  }
  const existing = db.reports.find((r) => r.externalRef === body.externalRef);
  if (existing) {
    const message = `Crimestoppers reference ${body.externalRef} was already received as ${existing.reference}`;
    fail(409, "conflict", message, {
      errors: [{ field: "externalRef", message }],
    });
  }
  const portId = resolvePortId(db, body.portId);
  const now = db.now();
  const receivedAt = new Date(body.receivedAt);
  const report: Report = {
    id: crypto.randomUUID(),
    reference: db.nextReference(receivedAt.getUTCFullYear()),
    externalRef: body.externalRef,
    receivedAt: receivedAt.toISOString(),
    channel: body.channel,
    portId,
    location: body.location ?? null,
    category: body.category,
    insiderType,
    summary: body.summary,
    details: body.details,
    status: "new",
    risk: null,
    riskRationale: null,
    thrive: null,
    slaDueAt: null,
    assigneeId: null,
    handling: sensitiveCategories.has(body.category)
      ? "OFFICIAL-SENSITIVE"
      : "OFFICIAL",
    closureReason: null,
    firstAssessedAt: null,
    closedAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  report.slaDueAt = slaDueAt(report, db.slaPolicy)?.toISOString() ?? null;
  db.reports.push(report);
  db.appendEvent({
    reportId: report.id,
    kind: "received",
    summary: `Entered by ${actor.displayName} (${channelLabels[body.channel]})`,
    actor,
    at: now,
  });
  db.notifyLive({
    type: "report.created",
    id: report.id,
    reference: report.reference,
    actorId: actor.id,
  });
  return report;
}

/** Our port id, or its UN/LOCODE in any case. */
function resolvePortId(db: MockDb, portIdOrLocode: string): string {
  const port =
    db.portById(portIdOrLocode) ??
    db.ports.find(
      (p) => p.unlocode.toLowerCase() === portIdOrLocode.toLowerCase(),
    );
  if (!port) {
    const message = `unknown port "${portIdOrLocode}"; use a port id such as "dover" or a UN/LOCODE such as "GBDVR"`;
    failField("portId", message, `portId: ${message}`);
  }
  return port.id;
}
