// /api/settings/sla: the desk's service-level clocks. Everyone who works reports may read them;
// only an admin changes them, which restarts every running clock under the new policy.
// /api/settings/map: the map's tile layer, from the server's configuration (read-only).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  MapSettingsSchema,
  ProblemSchema,
  SlaPolicySchema,
  type MapSettings,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Config } from "../config";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { getSlaPolicy, setSlaPolicy } from "./settingsRepository";
import type { SlaPolicyCache } from "./slaPolicyCache";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** The map's tile layer comes from the server's configuration, not the database. */
export function mapSettingsOf(config: Config): MapSettings {
  return {
    tiles: config.MAP_TILE_URL
      ? { url: config.MAP_TILE_URL, attribution: config.MAP_TILE_ATTRIBUTION }
      : null,
  };
}

export const settingsRoutes: FastifyPluginAsyncZod<{
  db: Database;
  map: MapSettings;
  slaPolicy: SlaPolicyCache;
}> = async (app, { db, map, slaPolicy }) => {
  app.get("/api/settings/map", {
    config: { access: allow("settings", "show") },
    schema: {
      tags: ["settings"],
      summary:
        "The map's optional raster tile layer (null: the bundled offline layers only)",
      response: { 200: MapSettingsSchema, ...problems },
    },
    handler: () => map,
  });

  app.get("/api/settings/sla", {
    config: { access: allow("settings", "show") },
    schema: {
      tags: ["settings"],
      summary: "The SLA policy (minutes)",
      response: { 200: SlaPolicySchema, ...problems },
    },
    handler: () => getSlaPolicy(db),
  });

  app.put("/api/settings/sla", {
    config: { access: allow("settings", "edit") },
    schema: {
      tags: ["settings"],
      summary: "Change the SLA policy; running clocks restart under it",
      body: SlaPolicySchema,
      response: { 200: SlaPolicySchema, ...problems },
    },
    handler: async (request) => {
      await auditedChange(
        db,
        request,
        (tx) => setSlaPolicy(tx, request.body),
        (restarted) => ({
          action: "settings.update",
          entity: "settings",
          entityId: "sla_policy",
          detail: { ...request.body, restarted },
        }),
      );
      // The other instances forget theirs when the NOTIFY sent with the change reaches them.
      slaPolicy.forget();
      return request.body;
    },
  });
};
