// A report's timeline and notes (server/routes/reportWorkflow.ts). Only what happened in this
// session is on it: the server's seeded reports have no timeline either.
import type { HttpHandler } from "msw";
import {
  NoteCreateSchema,
  ReportEventListResponseSchema,
  ReportEventSchema,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { reportIdParams } from "./reportPatch";
import { findReportOr404 } from "./reportWrites";

export function reportTimelineHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler(db, {
      method: "get",
      path: "*/api/reports/:id/events",
      deny: () => denyUnlessAllowed(db, "reports", "show"),
      params: reportIdParams,
      handle: ({ params }) => {
        findReportOr404(db, params.id);
        const data = timelineOf(db, params.id);
        return contractResponse(ReportEventListResponseSchema, {
          data,
          total: data.length,
        });
      },
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/reports/:id/notes",
      deny: () => denyUnlessAllowed(db, "reports", "edit"),
      params: reportIdParams,
      body: NoteCreateSchema,
      handle: ({ params, body, user }) => {
        const report = findReportOr404(db, params.id);
        const note = db.transaction(() => {
          const added = db.appendEvent({
            reportId: report.id,
            kind: "note",
            summary: "Added a note",
            reason: body.text,
            actor: user,
            at: db.now(),
          });
          // A note does not change the report's version; open screens refresh its timeline.
          db.notifyLive({
            type: "report.changed",
            id: report.id,
            version: report.version,
            actorId: user.id,
          });
          return added;
        });
        return contractResponse(ReportEventSchema, note, { status: 201 });
      },
    }),
  ];
}

/** Oldest first, as the server orders them (time, then id). */
function timelineOf(db: MockDb, reportId: string) {
  return db.events
    .filter((event) => event.reportId === reportId)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
}
