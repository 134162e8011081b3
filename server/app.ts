// The whole API on one screen: plugins first, then one line per route module.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config";
import type { Database, DatabaseHandle, DatabaseKind } from "./db/connect";
import { createLiveHub } from "./live/liveHub";
import accessPlugin from "./plugins/access";
import { installProblemHandlers } from "./problems";
import { assessmentRoutes } from "./routes/assessments";
import { authRoutes } from "./routes/auth";
import { healthRoutes } from "./routes/health";
import { memberRoutes } from "./routes/members";
import { portRoutes } from "./routes/ports";
import { intakeRoutes } from "./routes/intake";
import { liveRoutes } from "./routes/live";
import { referralRoutes } from "./routes/referrals";
import { reportLinkRoutes } from "./routes/reportLinks";
import { reportRoutes } from "./routes/reports";
import { settingsRoutes } from "./routes/settings";
import { reportWorkflowRoutes } from "./routes/reportWorkflow";
import { userRoutes } from "./routes/users";

/**
 * Access logs carry method and path only: no query string (a search text could describe a
 * report), no headers (cookies, intake keys) and no client address beyond what audit keeps.
 */
function requestForLog(request: FastifyRequest) {
  return { method: request.method, path: request.url.split("?")[0] };
}

export interface AppOptions {
  config: Config;
  db: Database;
  databaseKind: DatabaseKind;
  listen: DatabaseHandle["listen"];
}

export async function buildApp({ config, db, databaseKind, listen }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === "silent" ? false : { level: config.LOG_LEVEL, serializers: { req: requestForLog } },
    trustProxy: config.TRUST_PROXY,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);

  await app.register(fastifyHelmet, { contentSecurityPolicy: { directives: { "frame-ancestors": ["'none'"], "upgrade-insecure-requests": null } }, referrerPolicy: { policy: "no-referrer" } });
  await app.register(fastifyCookie);
  await app.register(accessPlugin, { db, intake: { configuredKeys: config.INTAKE_API_KEYS, demo: config.PORTSAFE_DEMO } });
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/")) reply.header("Cache-Control", "no-store");
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "PortSafe Desk API", version: "0.1.0", description: "Triage and analytics API for the JMSC PortSafe police desk." },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, () => app.swagger());

  const hub = createLiveHub(listen, (message) => app.log.warn(message));
  app.addHook("onClose", () => hub.close());

  await app.register(healthRoutes, { db, kind: databaseKind });
  await app.register(authRoutes, { db });
  await app.register(reportWorkflowRoutes, { db });
  await app.register(reportLinkRoutes, { db });
  await app.register(reportRoutes, { db });
  await app.register(referralRoutes, { db });
  await app.register(intakeRoutes, { db });
  await app.register(liveRoutes, { db, hub });
  await app.register(settingsRoutes, { db });
  await app.register(portRoutes, { db });
  await app.register(memberRoutes, { db });
  await app.register(assessmentRoutes, { db });
  await app.register(userRoutes, { db });

  await serveBuiltApp(app, resolve(config.STATIC_DIR));
  return app;
}

/** Serves the built single-page app, with index.html for any non-API path (client-side routes). */
async function serveBuiltApp(app: FastifyInstance, staticDir: string): Promise<void> {
  if (!existsSync(resolve(staticDir, "index.html"))) return;
  await app.register(fastifyStatic, { root: staticDir, wildcard: false });
  app.get("/*", { config: { access: "public" } }, (request, reply) => {
    if (request.url.startsWith("/api/")) {
      return reply.callNotFound();
    }
    return reply.sendFile("index.html");
  });
}
