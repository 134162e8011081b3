// Duplicates and corroboration (server/routes/reportLinks.ts): suggestions of similar reports and
// links between two reports, both of which are kept.
import { HttpResponse, type HttpHandler } from "msw";
import { z } from "zod";
import {
  LinkRequestSchema,
  SimilarReportSchema,
  type CurrentUser,
  type ReportLinkKind,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { fail, failField } from "./problems";
import { reportIdParams } from "./reportPatch";
import { findReportOr404 } from "./reportWrites";
import { findSimilarReports, linkBetween } from "./similarReports";

const SimilarListSchema = z.object({ data: z.array(SimilarReportSchema) });

export function reportLinkHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler(db, {
      method: "get",
      path: "*/api/reports/:id/similar",
      deny: () => denyUnlessAllowed(db, "reports", "show"),
      params: reportIdParams,
      handle: ({ params }) =>
        contractResponse(SimilarListSchema, {
          data: findSimilarReports(db, findReportOr404(db, params.id)),
        }),
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/reports/:id/links",
      deny: () => denyUnlessAllowed(db, "reports", "edit"),
      params: reportIdParams,
      body: LinkRequestSchema,
      handle: ({ params, body, user }) => {
        db.transaction(() =>
          linkReports(db, params.id, body.linkedReportId, body.kind, user),
        );
        return new HttpResponse(null, { status: 204 });
      },
    }),
  ];
}

/** Links two reports (once, whichever way round) and records it on both timelines. */
export function linkReports(
  db: MockDb,
  reportId: string,
  linkedReportId: string,
  kind: ReportLinkKind,
  actor: CurrentUser,
  now: Date = db.now(),
): void {
  if (reportId === linkedReportId) {
    failField("linkedReportId", "a report cannot be linked to itself");
  }
  const source = findReportOr404(db, reportId);
  const target = db.reportById(linkedReportId);
  if (!target) failField("linkedReportId", "there is no report with that id");
  const existing = linkBetween(db, reportId, linkedReportId);
  if (existing) {
    fail(
      409,
      "conflict",
      `${source.reference} and ${target.reference} are already linked as ${existing.kind}.`,
    );
  }
  db.links.push({
    reportId,
    linkedReportId,
    kind,
    createdAt: now.toISOString(),
    createdById: actor.id,
  });
  const label = kind === "duplicate" ? "duplicate" : "corroborating";
  for (const [on, other] of [
    [source, target],
    [target, source],
  ] as const) {
    db.appendEvent({
      reportId: on.id,
      kind: "linked",
      summary: `Linked to ${other.reference} as ${label}`,
      actor,
      at: now,
    });
  }
  // Linking changes neither report's version; open screens refresh their suggestions.
  for (const linked of [source, target]) {
    db.notifyLive({
      type: "report.changed",
      id: linked.id,
      version: linked.version,
      actorId: actor.id,
    });
  }
}
