// /api/auth: sign in (password, then the second factor), sign out, who am I.
// Failures never say whether a username exists, and each one is audited.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CurrentUserSchema,
  LoginRequestSchema,
  ProblemSchema,
  SessionInfoSchema,
  type CurrentUser,
  type Role,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import { absoluteTimeoutMs, createSession, endSession } from "./sessions";
import type { Database } from "../db/connect";
import { plainCookieName, secureCookieName, signedIn } from "../http/access";
import { problem } from "../http/problems";
import {
  retryAfterSeconds,
  throttledProblem,
  type LoginThrottle,
} from "./loginThrottle";
import { findUserForLogin } from "../accounts/usersRepository";

export interface AuthOptions {
  db: Database;
  /** Outside demo mode every account must use a second factor. */
  requireMfa: boolean;
  loginRatePerMinute: number;
  idleTimeoutSeconds: number;
  /** Shared with the second-factor routes: one count per account and source. */
  throttle: LoginThrottle;
}

export const authRoutes: FastifyPluginAsyncZod<AuthOptions> = async (
  app,
  { db, requireMfa, loginRatePerMinute, idleTimeoutSeconds, throttle },
) => {
  app.post("/api/auth/login", {
    config: {
      access: "public",
      // Per client address, whatever the account; @fastify/rate-limit sends Retry-After.
      rateLimit: {
        max: loginRatePerMinute,
        timeWindow: "1 minute",
        onExceeded: (request) =>
          void app.auditSummary.note(
            request,
            "auth.login_throttled",
            "source_rate",
          ),
      },
    },
    schema: {
      tags: ["auth"],
      summary:
        'Sign in with a password; then, if `mfa` is not "done", with the second factor',
      body: LoginRequestSchema,
      response: {
        200: CurrentUserSchema,
        400: ProblemSchema,
        401: ProblemSchema,
        429: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const username = request.body.username.toLowerCase();
      const waitMs = throttle.waitMs(username, request.ip);
      if (waitMs > 0) {
        await app.auditSummary.note(
          request,
          "auth.login_throttled",
          "account_source",
          username,
        );
        reply.header("Retry-After", String(retryAfterSeconds(waitMs)));
        throw throttledProblem(waitMs);
      }
      const endAttempt = throttle.begin(username, request.ip);
      try {
        const user = await findUserForLogin(db, username);
        const passwordOk = await verifyPassword(
          user?.passwordHash ?? (await decoyPasswordHash()),
          request.body.password,
        );
        if (!user || !passwordOk || user.disabled) {
          throttle.failed(username, request.ip);
          await app.auditSummary.note(
            request,
            "auth.login_failed",
            "password",
            username,
          );
          throw problem(
            401,
            "unauthenticated",
            "The username or password is not right. Check them and try again.",
          );
        }
        const mfa = user.totpSecret ? "verify" : requireMfa ? "enrol" : "done";
        // The count clears once the sign-in is complete (the second factor counts failures too).
        if (mfa === "done") throttle.succeeded(username, request.ip);
        const current: CurrentUser = {
          id: user.id,
          username: user.username,
          displayName: user.displayName,
          roles: user.roles as Role[],
          mfa,
        };
        // A session exists only with the audit row that says who opened it.
        const token = await auditedChange(
          db,
          request,
          (tx) => createSession(tx, user.id, mfa !== "done"),
          () => ({
            action: mfa === "done" ? "auth.login" : "auth.password_ok",
            actor: current,
          }),
        );
        // __Host- cookies must be Secure; on plain-HTTP localhost (development, tests) that is impossible.
        const secure = request.protocol === "https";
        reply.setCookie(secure ? secureCookieName : plainCookieName, token, {
          path: "/",
          httpOnly: true,
          secure,
          sameSite: "strict",
          maxAge: absoluteTimeoutMs / 1000,
        });
        return current;
      } finally {
        endAttempt();
      }
    },
  });

  app.post("/api/auth/logout", {
    config: { access: "public", duringSignIn: true },
    schema: {
      tags: ["auth"],
      summary: "Sign out; ends the session at once",
      response: { 204: z.null().describe("No content") },
    },
    handler: async (request, reply) => {
      if (request.sessionToken) {
        const token = request.sessionToken;
        await auditedChange(
          db,
          request,
          (tx) => endSession(tx, token),
          () => (request.user ? { action: "auth.logout" } : null),
        );
      }
      reply.clearCookie(secureCookieName, {
        path: "/",
        secure: true,
        httpOnly: true,
        sameSite: "strict",
      });
      reply.clearCookie(plainCookieName, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
      });
      // Tell the browser to drop anything it kept for this origin.
      reply.header("Clear-Site-Data", '"cache", "cookies", "storage"');
      return reply.code(204).send(null);
    },
  });

  app.get("/api/auth/me", {
    config: { access: signedIn, duringSignIn: true },
    schema: {
      tags: ["auth"],
      summary: "The signed-in user and where they are with the second factor",
      response: { 200: CurrentUserSchema, 401: ProblemSchema },
    },
    handler: (request) => request.user!,
  });

  app.get("/api/auth/session", {
    config: { access: signedIn, duringSignIn: true },
    schema: {
      tags: ["auth"],
      summary:
        'The session\'s timeouts; calling it also counts as activity ("stay signed in")',
      response: { 200: SessionInfoSchema, 401: ProblemSchema },
    },
    handler: () => ({
      idleTimeoutSeconds,
      absoluteTimeoutSeconds: absoluteTimeoutMs / 1000,
    }),
  });
};
