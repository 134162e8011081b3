import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "drizzle-orm";
import { HealthSchema } from "../../src/domain";
import type { Database, DatabaseKind } from "../db/connect";

export const healthRoutes: FastifyPluginAsyncZod<{
  db: Database;
  kind: DatabaseKind;
}> = async (app, { db, kind }) => {
  app.get("/api/health", {
    config: { access: "public" },
    schema: {
      tags: ["health"],
      summary: "Liveness and which database is in use",
      response: { 200: HealthSchema },
    },
    handler: async () => {
      // A real round trip, so a dead database shows up here rather than on the first user request.
      await db.execute(sql`select 1`);
      return { status: "ok" as const, database: kind };
    },
  });
};
