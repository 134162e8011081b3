// Authentication and authorisation for every /api route. Each route declares its rule in
// `config.access`; a route under /api without one is refused at start-up, so nothing ships open.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import {
  backgroundRequestHeader,
  makeProblem,
  rolesFor,
  unfinishedSignInDetail,
  type ApiResource,
  type CurrentUser,
  type ResourceAction,
  type Role,
} from "../../src/domain";
import { recordAudit } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { isValidIntakeKey, type IntakeKeyCheck } from "../auth/intakeKeys";
import { resolveSession } from "../auth/sessions";
import { sendProblem } from "./problems";

/**
 * "public": no session needed. "intake": the Crimestoppers feed's bearer key, never a session.
 * Otherwise the roles of which the signed-in caller must hold one.
 */
export type Access = "public" | "intake" | { roles: readonly Role[] };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable before the second factor is done (me, logout and the MFA steps). */
    duringSignIn?: boolean;
    /**
     * Calls the browser makes by itself (the event stream reconnecting): they must not keep an
     * idle session alive, like requests sent with the background header.
     */
    background?: boolean;
  }
  interface FastifyInstance {
    /**
     * Whether the request's session is still signed in (not logged out, idle, expired or
     * disabled), without counting the check as activity. Long-lived responses ask this.
     */
    isSessionCurrent(request: FastifyRequest): Promise<boolean>;
  }
  interface FastifyRequest {
    user: CurrentUser | null;
    sessionToken: string | null;
  }
}

export const secureCookieName = "__Host-portsafe_session";
/** On plain-HTTP localhost the Secure flag (and so the __Host- prefix) cannot be used. */
export const plainCookieName = "portsafe_session";

/** The rule for a resource action from the shared permission table in src/domain. */
export function allow(resource: ApiResource, action: ResourceAction): Access {
  return { roles: rolesFor(resource, action) };
}

export const signedIn: Access = {
  roles: ["desk", "analyst", "manager", "admin"],
};

export function sessionTokenOf(request: FastifyRequest): string | null {
  return (
    request.cookies[secureCookieName] ??
    request.cookies[plainCookieName] ??
    null
  );
}

async function accessPlugin(
  app: FastifyInstance,
  options: { db: Database; intake: IntakeKeyCheck; idleTimeoutMs: number },
) {
  app.decorateRequest("user", null);
  app.decorateRequest("sessionToken", null);
  app.decorate("isSessionCurrent", async (request: FastifyRequest) => {
    if (!request.sessionToken) return false;
    const user = await resolveSession(options.db, request.sessionToken, {
      idleTimeoutMs: options.idleTimeoutMs,
      isActivity: false,
    });
    return user?.mfa === "done";
  });

  app.addHook("onRoute", (route) => {
    if (
      route.url.startsWith("/api/") &&
      !route.config?.access &&
      !route.url.startsWith("/api/docs")
    ) {
      throw new Error(
        `Route ${route.method} ${route.url} has no access rule (config.access).`,
      );
    }
  });

  app.addHook(
    "onRequest",
    async (request: FastifyRequest, reply: FastifyReply) => {
      const access = request.routeOptions.config?.access;
      if (!access) return;
      if (access === "intake") {
        const key =
          request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
        if (
          !key ||
          !(await isValidIntakeKey(options.db, key, options.intake))
        ) {
          // Audited, summarised per source and minute: a wrong key may be someone guessing.
          await app.auditSummary.note(
            request,
            "auth.intake_key_failed",
            key ? "wrong_key" : "no_key",
          );
          reply.header("WWW-Authenticate", 'Bearer realm="portsafe-intake"');
          return sendProblem(
            reply,
            makeProblem(
              401,
              "unauthenticated",
              "Send a valid intake key as Authorization: Bearer <key>.",
            ),
          );
        }
        return;
      }
      const token = sessionTokenOf(request);
      if (token) {
        request.sessionToken = token;
        request.user = await resolveSession(options.db, token, {
          idleTimeoutMs: options.idleTimeoutMs,
          isActivity:
            request.headers[backgroundRequestHeader] !== "1" &&
            !request.routeOptions.config?.background,
        });
      }
      if (access === "public") return;
      if (!request.user) {
        return sendProblem(
          reply,
          makeProblem(
            401,
            "unauthenticated",
            "Sign in to use PortSafe Desk; your session may have timed out.",
          ),
        );
      }
      const user = request.user;
      if (user.mfa !== "done" && !request.routeOptions.config?.duringSignIn) {
        return sendProblem(
          reply,
          makeProblem(401, "unauthenticated", unfinishedSignInDetail(user.mfa)),
        );
      }
      if (!access.roles.some((role) => user.roles.includes(role))) {
        await recordAudit(options.db, request, {
          action: "auth.denied",
          detail: { method: request.method, route: request.routeOptions.url },
        });
        return sendProblem(
          reply,
          makeProblem(
            403,
            "forbidden",
            "Your role does not give access to this; ask an administrator if you need it.",
          ),
        );
      }
    },
  );
}

export default fp(accessPlugin, {
  name: "portsafe-access",
  dependencies: ["portsafe-audit-summary"],
});
