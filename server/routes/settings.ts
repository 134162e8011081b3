// /api/settings/sla: the desk's service-level clocks. Everyone who works reports may read them;
// only an admin changes them, which restarts every running clock under the new policy.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ProblemSchema, SlaPolicySchema } from "../../src/domain";
import { recordAudit } from "../audit";
import type { Database } from "../db/connect";
import { signedIn } from "../plugins/access";
import { getSlaPolicy, setSlaPolicy } from "./settingsRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export const settingsRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/settings/sla", {
    config: { access: signedIn },
    schema: {
      tags: ["settings"],
      summary: "The SLA policy (minutes)",
      response: { 200: SlaPolicySchema, ...problems },
    },
    handler: () => getSlaPolicy(db),
  });

  app.put("/api/settings/sla", {
    config: { access: { roles: ["admin"] } },
    schema: {
      tags: ["settings"],
      summary: "Change the SLA policy; running clocks restart under it",
      body: SlaPolicySchema,
      response: { 200: SlaPolicySchema, ...problems },
    },
    handler: async (request) => {
      const restarted = await setSlaPolicy(db, request.body);
      await recordAudit(db, request, {
        action: "settings.update",
        entity: "settings",
        entityId: "sla_policy",
        detail: { ...request.body, restarted },
      });
      return request.body;
    },
  });
};
