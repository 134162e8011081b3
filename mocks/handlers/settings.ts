// /api/settings/sla (server/routes/settings.ts): every signed-in user reads the SLA policy; only
// an admin changes it, which restarts every running clock (new and triage reports) under it.
import type { HttpHandler } from "msw";
import { SlaPolicySchema, slaDueAt, type SlaPolicy } from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessRole, denyUnlessSignedIn } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";

export function settingsHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler(db, {
      method: "get",
      path: "*/api/settings/sla",
      deny: () => denyUnlessSignedIn(db),
      handle: () => contractResponse(SlaPolicySchema, db.slaPolicy),
    }),

    checkedHandler(db, {
      method: "put",
      path: "*/api/settings/sla",
      deny: () => denyUnlessRole(db, ["admin"]),
      body: SlaPolicySchema,
      handle: ({ body }) => {
        restartClocks(db, body);
        return contractResponse(SlaPolicySchema, body);
      },
    }),
  ];
}

/** Like the server's one UPDATE: only the due time moves; version and updatedAt stay. */
function restartClocks(db: MockDb, policy: SlaPolicy): void {
  db.slaPolicy = structuredClone(policy);
  db.reports = db.reports.map((report) =>
    report.status === "new" || report.status === "triage"
      ? { ...report, slaDueAt: slaDueAt(report, policy)?.toISOString() ?? null }
      : report,
  );
}
