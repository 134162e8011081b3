// The whole API on one screen: plugins first, then one line per route module.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import {
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { tileImageSource } from "../src/domain";
import type { Config } from "./config";
import { scheduleStatsCompaction } from "./stats/statsRollups";
import type { Database, DatabaseHandle, DatabaseKind } from "./db/connect";
import { createLiveHub, type LiveHub } from "./live/liveHub";
import accessPlugin from "./http/access";
import auditSummaryPlugin from "./audit/auditSummary";
import csrfPlugin from "./http/csrf";
import storableTextPlugin from "./http/storableText";
import { installProblemHandlers, sendFrameworkError } from "./http/problems";
import { registerOpenApi } from "./http/openapi";
import { accountRoutes } from "./accounts/accountRoutes";
import { auditRoutes } from "./audit/auditLogRoutes";
import { assessmentRoutes } from "./assessments/assessmentRoutes";
import { coverageRoutes } from "./coverage/coverageRoutes";
import { authRoutes } from "./auth/authRoutes";
import { mfaRoutes } from "./auth/mfaRoutes";
import { createLoginThrottle } from "./auth/loginThrottle";
import { healthRoutes } from "./health/healthRoutes";
import { memberRoutes } from "./members/memberRoutes";
import { memberCsvRoutes } from "./members/memberCsvRoutes";
import { portRoutes } from "./ports/portRoutes";
import { psemsRoutes } from "./assessments/psemsRoutes";
import { intakeRoutes } from "./reports/intakeRoutes";
import { liveEventsRoutes } from "./live/liveEventsRoutes";
import { reportViewerRoutes } from "./reports/reportViewerRoutes";
import { referralRoutes } from "./referrals/referralRoutes";
import { reportLinkRoutes } from "./reports/reportLinkRoutes";
import { reportRoutes } from "./reports/reportRoutes";
import { mapSettingsOf, settingsRoutes } from "./settings/settingsRoutes";
import { createSlaPolicyCache } from "./settings/slaPolicyCache";
import { statsRoutes } from "./stats/statsRoutes";
import { statsExportRoutes } from "./stats/statsExportRoutes";
import { patternRoutes } from "./patterns/patternRoutes";
import { reportWorkflowRoutes } from "./reports/reportWorkflowRoutes";
import { userRoutes } from "./accounts/userRoutes";

/**
 * Access logs carry method and path only: no query string (a search text could describe a
 * report), no headers (cookies, intake keys) and no client address beyond what audit keeps.
 */
function requestForLog(request: FastifyRequest) {
  return { method: request.method, path: request.url.split("?")[0] };
}

function tileImageSources(config: Config): string[] {
  return config.MAP_TILE_URL ? [tileImageSource(config.MAP_TILE_URL)] : [];
}

declare module "fastify" {
  interface FastifyInstance {
    liveHub: LiveHub;
  }
}

export interface AppOptions {
  config: Config;
  db: Database;
  databaseKind: DatabaseKind;
  listen: DatabaseHandle["listen"];
  /** How often an open event stream re-checks its session (tests shorten it). */
  liveStreamCheckMs?: number;
  /** How often the pending stats deltas are folded into the rollups (server/stats/statsRollups.ts). */
  statsCompactionMs?: number;
}

export async function buildApp({
  config,
  db,
  databaseKind,
  listen,
  liveStreamCheckMs,
  statsCompactionMs = 5_000,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.LOG_LEVEL === "silent"
        ? false
        : { level: config.LOG_LEVEL, serializers: { req: requestForLog } },
    trustProxy: config.TRUST_PROXY,
    frameworkErrors: sendFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);

  await app.register(fastifyHelmet, {
    // A fresh nonce per response; the app's HTML carries it to emotion (see src/main.tsx).
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        // The map's tile server, when one is configured, is the only other image source.
        "img-src": ["'self'", "data:", "blob:", ...tileImageSources(config)],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    hsts: { maxAge: 63_072_000, includeSubDomains: true },
    referrerPolicy: { policy: "no-referrer" },
  });
  await app.register(fastifyCookie);
  // Limits apply only to routes that ask for one (sign-in); the rest are protected by sessions.
  await app.register(fastifyRateLimit, { global: false });
  await app.register(auditSummaryPlugin, { db });
  // Before the access check: a cross-site request is refused without touching its session.
  await app.register(csrfPlugin);
  await app.register(accessPlugin, {
    db,
    intake: {
      configuredKeys: config.INTAKE_API_KEYS,
      demo: config.PORTSAFE_DEMO,
    },
    idleTimeoutMs: config.SESSION_IDLE_MINUTES * 60_000,
  });
  await app.register(storableTextPlugin);
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/"))
      reply.header("Cache-Control", "no-store");
  });

  // The document at /api/openapi.json and its reference at /api/docs (signed-in users only).
  await registerOpenApi(app);

  const hub = createLiveHub(listen, (message) => app.log.warn(message));
  app.addHook("onClose", () => hub.close());
  // In-process listeners (component tests' EventSource) hear exactly what /api/events streams.
  app.decorate("liveHub", hub);
  // Reads add the pending deltas themselves, so compaction is about speed, never about being right.
  let compaction: ReturnType<typeof scheduleStatsCompaction> | undefined;
  app.addHook("onReady", async () => {
    compaction = scheduleStatsCompaction(db, statsCompactionMs, (error) =>
      app.log.warn(
        { err: error },
        "folding stats deltas into the rollups failed; trying again",
      ),
    );
  });
  app.addHook("onClose", async () => compaction?.stop());
  const slaPolicy = createSlaPolicyCache(db, listen, (error) =>
    app.log.warn(
      { err: error },
      "cannot hear SLA policy changes; reading the policy on every save",
    ),
  );
  app.addHook("onClose", () => slaPolicy.close());

  await app.register(healthRoutes, { db, kind: databaseKind });
  const loginThrottle = createLoginThrottle();
  await app.register(authRoutes, {
    db,
    requireMfa: !config.PORTSAFE_DEMO,
    loginRatePerMinute: config.LOGIN_RATE_PER_MINUTE,
    idleTimeoutSeconds: config.SESSION_IDLE_MINUTES * 60,
    throttle: loginThrottle,
  });
  await app.register(mfaRoutes, { db, throttle: loginThrottle });
  await app.register(accountRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(reportWorkflowRoutes, { db, slaPolicy });
  await app.register(reportLinkRoutes, { db, slaPolicy });
  await app.register(reportRoutes, { db, slaPolicy });
  await app.register(referralRoutes, { db });
  await app.register(intakeRoutes, { db, slaPolicy });
  await app.register(liveEventsRoutes, {
    hub,
    streamCheckMs: liveStreamCheckMs,
  });
  await app.register(reportViewerRoutes, { db });
  await app.register(settingsRoutes, {
    db,
    map: mapSettingsOf(config),
    slaPolicy,
  });
  await app.register(portRoutes, { db });
  await app.register(memberRoutes, { db });
  await app.register(memberCsvRoutes, { db });
  await app.register(assessmentRoutes, { db });
  await app.register(psemsRoutes, { db });
  await app.register(coverageRoutes, { db });
  await app.register(statsRoutes, { db });
  await app.register(statsExportRoutes, { db });
  await app.register(patternRoutes, { db });
  await app.register(userRoutes, { db });

  await serveBuiltApp(app, resolve(config.STATIC_DIR));
  return app;
}

/**
 * Serves the built single-page app: assets as static files, and index.html, stamped with the
 * response's CSP style nonce, for "/" and any other non-API path (client-side routes).
 */
async function serveBuiltApp(
  app: FastifyInstance,
  staticDir: string,
): Promise<void> {
  const indexPath = resolve(staticDir, "index.html");
  if (!existsSync(indexPath)) return;
  const indexHtml = readFileSync(indexPath, "utf8");
  // wildcard: false registers one route per built file; index.html is left to sendIndex, which
  // stamps the nonce, through the catch-all below.
  await app.register(fastifyStatic, {
    root: staticDir,
    wildcard: false,
    index: false,
    globIgnore: ["index.html"],
  });
  const sendIndex = (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("Cache-Control", "no-store")
      .send(indexHtml.replace("__CSP_NONCE__", reply.cspNonce.style));
  app.get("/", { config: { access: "public" } }, sendIndex);
  app.get("/*", { config: { access: "public" } }, (request, reply) => {
    if (request.url.startsWith("/api/")) return reply.callNotFound();
    return sendIndex(request, reply);
  });
}
