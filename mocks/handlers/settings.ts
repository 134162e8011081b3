// /api/settings/sla (server/routes/settings.ts): every signed-in user reads the SLA policy; only
// an admin changes it, which restarts every running clock (new and triage reports) under it.
// /api/settings/map: the mock has no tile server, so the map uses its bundled offline layers.
import type { HttpHandler } from "msw";
import {
  MapSettingsSchema,
  SlaPolicySchema,
  slaDueAt,
  type SlaPolicy,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";

export function settingsHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler(db, {
      method: "get",
      path: "*/api/settings/map",
      deny: () => denyUnlessAllowed(db, "settings", "show"),
      handle: () => contractResponse(MapSettingsSchema, { tiles: null }),
    }),

    checkedHandler(db, {
      method: "get",
      path: "*/api/settings/sla",
      deny: () => denyUnlessAllowed(db, "settings", "show"),
      handle: () => contractResponse(SlaPolicySchema, db.slaPolicy),
    }),

    checkedHandler(db, {
      method: "put",
      path: "*/api/settings/sla",
      deny: () => denyUnlessAllowed(db, "settings", "edit"),
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
