// PATCH /api/reports/:id with If-Match: nothing is overwritten silently. The checks run in the
// server's order: role, the body, the id in the address, If-Match, existence, version, then the
// merged record's consistency. A change is written to the timeline, as on the server.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  applyReportPatch,
  ReportPatchSchema,
  type Report,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { requireIfMatch } from "./ifMatch";
import { failField } from "./problems";
import { idParams } from "./recordRoute";
import {
  changedFields,
  lockReportAtVersion,
  reportResponse,
} from "./reportWrites";

export const reportIdSchema = z.uuid(
  "the report id in the address is not a valid id",
);

export const reportIdParams = idParams(reportIdSchema);

export function reportPatchHandler(db: MockDb): HttpHandler {
  return checkedHandler(db, {
    method: "patch",
    path: "*/api/reports/:id",
    deny: () => denyUnlessAllowed(db, "reports", "edit"),
    params: reportIdParams,
    body: ReportPatchSchema,
    handle: ({ params, body, request, user }) => {
      const expected = requireIfMatch(request);
      const updated = db.transaction(() => {
        const now = db.now();
        const before = lockReportAtVersion(db, params.id, expected);
        const outcome = applyReportPatch(before, body, now);
        if (!outcome.ok) {
          failField(
            outcome.field,
            outcome.message,
            `${outcome.field}: ${outcome.message}`,
          );
        }
        const after = db.saveReport(outcome.report, now);
        const changed = changedFields(
          before,
          after,
          Object.keys(body) as (keyof Report)[],
        );
        if (changed.length > 0) {
          db.appendEvent({
            reportId: after.id,
            kind: "updated",
            summary: `Changed ${changed.join(", ")}`,
            actor: user,
            at: now,
          });
        }
        db.notifyLive({
          type: "report.changed",
          id: after.id,
          version: after.version,
          actorId: user.id,
        });
        return after;
      });
      return reportResponse(updated);
    },
  });
}
