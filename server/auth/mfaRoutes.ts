// The second factor: enrol an authenticator app (QR code, then a first code, then recovery
// codes shown once), and verify a code at each sign-in. A code is accepted once only.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { eq } from "drizzle-orm";
import {
  CurrentUserSchema,
  MfaCodeSchema,
  MfaEnrolmentSchema,
  ProblemSchema,
  RecoveryCodesSchema,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import {
  completeMfa,
  pendingTotpSecret,
  setPendingTotpSecret,
} from "./sessions";
import {
  enrolmentFor,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpStep,
} from "./totp";
import type { Database } from "../db/connect";
import { users } from "../db/schema";
import { signedIn } from "../http/access";
import { problem } from "../http/problems";
import {
  retryAfterSeconds,
  throttledProblem,
  type LoginThrottle,
} from "./loginThrottle";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  409: ProblemSchema,
  429: ProblemSchema,
};
const duringSignIn = { access: signedIn, duringSignIn: true } as const;

function wrongCode(): never {
  const message =
    "that code is not right or was already used; wait for a new code and try again";
  throw problem(400, "validation", message, {
    errors: [{ field: "code", message }],
  });
}

export const mfaRoutes: FastifyPluginAsyncZod<{
  db: Database;
  /** The sign-in throttle: a wrong code counts like a wrong password. */
  throttle: LoginThrottle;
}> = async (app, { db, throttle }) => {
  app.post("/api/auth/mfa/enrolment", {
    config: duringSignIn,
    schema: {
      tags: ["auth"],
      summary:
        "Start setting up an authenticator app: a new secret and its QR code",
      response: { 200: MfaEnrolmentSchema, ...problems },
    },
    handler: async (request) => {
      const user = request.user!;
      if (user.mfa === "verify")
        throw problem(
          409,
          "conflict",
          "An authenticator is already set up for this account; enter its code instead.",
        );
      const secret = newTotpSecret();
      await setPendingTotpSecret(db, request.sessionToken!, secret);
      return enrolmentFor(secret, user.username);
    },
  });

  app.post("/api/auth/mfa/enrolment/confirm", {
    config: duringSignIn,
    schema: {
      tags: ["auth"],
      summary:
        "Confirm the app with its first code; returns recovery codes, shown once",
      body: MfaCodeSchema,
      response: { 200: RecoveryCodesSchema, ...problems },
    },
    handler: async (request) => {
      const user = request.user!;
      const secret = await pendingTotpSecret(db, request.sessionToken!);
      if (!secret)
        throw problem(
          409,
          "conflict",
          "Start the set-up first: ask for a QR code.",
        );
      const step = totpStep(secret, request.body.code);
      if (step === null) wrongCode();
      const recoveryCodes = newRecoveryCodes();
      await auditedChange(
        db,
        request,
        async (tx) => {
          await tx
            .update(users)
            .set({
              totpSecret: secret,
              totpLastStep: step,
              recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
            })
            .where(eq(users.id, user.id));
          await completeMfa(tx, request.sessionToken!);
        },
        () => ({ action: "auth.mfa_enrolled" }),
      );
      return { recoveryCodes };
    },
  });

  app.post("/api/auth/mfa/verify", {
    config: duringSignIn,
    schema: {
      tags: ["auth"],
      summary:
        "Finish signing in with a code from the authenticator app or a recovery code",
      body: MfaCodeSchema,
      response: { 200: CurrentUserSchema, ...problems },
    },
    handler: async (request, reply) => {
      const user = request.user!;
      if (user.mfa === "done") return user;
      if (user.mfa === "enrol")
        throw problem(409, "conflict", "Set up your authenticator app first.");
      const waitMs = throttle.waitMs(user.username, request.ip);
      if (waitMs > 0) {
        await app.auditSummary.note(
          request,
          "auth.login_throttled",
          "account_source",
          user.username,
        );
        reply.header("Retry-After", String(retryAfterSeconds(waitMs)));
        throw throttledProblem(waitMs);
      }
      const endAttempt = throttle.begin(user.username, request.ip);
      try {
        // A session that finishes signing in, and the code it used up, commit with the login's row.
        const accepted = await auditedChange(
          db,
          request,
          async (tx) => {
            const [row] = await tx
              .select()
              .from(users)
              .where(eq(users.id, user.id))
              .for("update");
            const code = request.body.code;
            if (/^\d{6}$/.test(code)) {
              const step = totpStep(row!.totpSecret!, code);
              // A step at or before the last accepted one is a replay of a code already used.
              if (
                step === null ||
                (row!.totpLastStep !== null && step <= row!.totpLastStep)
              )
                return false;
              await tx
                .update(users)
                .set({ totpLastStep: step })
                .where(eq(users.id, user.id));
            } else {
              const hash = hashRecoveryCode(code);
              if (!row!.recoveryCodeHashes.includes(hash)) return false;
              await tx
                .update(users)
                .set({
                  recoveryCodeHashes: row!.recoveryCodeHashes.filter(
                    (h) => h !== hash,
                  ),
                })
                .where(eq(users.id, user.id));
            }
            await completeMfa(tx, request.sessionToken!);
            return true;
          },
          (ok) => (ok ? { action: "auth.login" } : null),
        );
        if (!accepted) {
          throttle.failed(user.username, request.ip);
          await app.auditSummary.note(
            request,
            "auth.mfa_failed",
            "code",
            user.username,
          );
          wrongCode();
        }
        throttle.succeeded(user.username, request.ip);
        return { ...user, mfa: "done" as const };
      } finally {
        endAttempt();
      }
    },
  });
};
