// /api/auth: sign in, sign out, who am I. Failures never say whether a username exists.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CurrentUserSchema, LoginRequestSchema, ProblemSchema, type Role } from "../../src/domain";
import { recordAudit } from "../audit";
import { decoyPasswordHash, verifyPassword } from "../auth/passwords";
import { absoluteTimeoutMs, createSession, endSession } from "../auth/sessions";
import type { Database } from "../db/connect";
import { plainCookieName, secureCookieName, signedIn } from "../plugins/access";
import { problem } from "../problems";
import { findUserForLogin } from "./usersRepository";

export const authRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.post("/api/auth/login", {
    config: { access: "public" },
    schema: {
      tags: ["auth"],
      summary: "Sign in; sets the session cookie",
      body: LoginRequestSchema,
      response: { 200: CurrentUserSchema, 400: ProblemSchema, 401: ProblemSchema },
    },
    handler: async (request, reply) => {
      const { username, password } = request.body;
      const user = await findUserForLogin(db, username.toLowerCase());
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
      if (!user || !passwordOk || user.disabled) {
        await recordAudit(db, request, { action: "auth.login_failed", detail: { username: username.slice(0, 100) }, actor: null });
        throw problem(401, "unauthenticated", "The username or password is not right. Check them and try again.");
      }
      const token = await createSession(db, user.id);
      // __Host- cookies must be Secure; on plain-HTTP localhost (development, tests) that is impossible.
      const secure = request.protocol === "https";
      reply.setCookie(secure ? secureCookieName : plainCookieName, token, {
        path: "/",
        httpOnly: true,
        secure,
        sameSite: "strict",
        maxAge: absoluteTimeoutMs / 1000,
      });
      const current = { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles as Role[] };
      await recordAudit(db, request, { action: "auth.login", actor: current });
      return current;
    },
  });

  app.post("/api/auth/logout", {
    config: { access: "public" },
    schema: { tags: ["auth"], summary: "Sign out; ends the session at once", response: { 204: z.null().describe("No content") } },
    handler: async (request, reply) => {
      if (request.sessionToken) {
        await endSession(db, request.sessionToken);
        if (request.user) await recordAudit(db, request, { action: "auth.logout" });
      }
      reply.clearCookie(secureCookieName, { path: "/", secure: true, httpOnly: true, sameSite: "strict" });
      reply.clearCookie(plainCookieName, { path: "/", httpOnly: true, sameSite: "strict" });
      return reply.code(204).send(null);
    },
  });

  app.get("/api/auth/me", {
    config: { access: signedIn },
    schema: { tags: ["auth"], summary: "The signed-in user", response: { 200: CurrentUserSchema, 401: ProblemSchema } },
    handler: (request) => request.user!,
  });
};
