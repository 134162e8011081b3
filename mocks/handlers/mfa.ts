// The second factor (server/routes/mfa.ts): enrol an authenticator app, confirm it with a first
// code (recovery codes come back, once), verify a code at sign-in. The mock API runs in demo mode,
// whose logins never ask, so only a test that signs someone in half-way reaches these steps
// (see startSecondFactor). Codes are real TOTP codes, checked with the same library as the server.
import type { HttpHandler } from "msw";
import { Secret, TOTP } from "otpauth";
import {
  CurrentUserSchema,
  MfaCodeSchema,
  MfaEnrolmentSchema,
  RecoveryCodesSchema,
  type CurrentUser,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessSignedIn } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { fail, failField } from "./problems";
import { accountState } from "./mockAccounts";

const period = 30;

/** A placeholder image (1×1 PNG): the mock does not draw QR codes; the secret is what matters. */
const placeholderQrCode =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

function totpFor(secret: string, label = "PortSafe Desk"): TOTP {
  return new TOTP({
    issuer: "PortSafe Desk",
    label,
    algorithm: "SHA1",
    digits: 6,
    period,
    secret: Secret.fromBase32(secret),
  });
}

/** The time step a code belongs to (one step of drift either way), or null. */
function totpStep(
  secret: string,
  code: string,
  now = Date.now(),
): number | null {
  const delta = totpFor(secret).validate({
    token: code,
    timestamp: now,
    window: 1,
  });
  return delta === null ? null : Math.floor(now / 1000 / period) + delta;
}

function wrongCode(): never {
  const message =
    "that code is not right or was already used; wait for a new code and try again";
  return failField("code", message);
}

/**
 * For tests: gives `username` an authenticator (as if enrolled earlier) and returns its secret
 * and recovery codes, so the test can type a real code.
 */
export function enrolMockAuthenticator(
  db: MockDb,
  username: string,
): { secret: string; recoveryCodes: string[] } {
  const user = db.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user "${username}"`);
  const state = accountState(db, user.id);
  state.totpSecret = new Secret({ size: 20 }).base32;
  state.recoveryCodes = Array.from(
    { length: 10 },
    (_, i) => `rc${String(i).padStart(2, "0")}-mock`,
  );
  return { secret: state.totpSecret, recoveryCodes: [...state.recoveryCodes] };
}

/**
 * For tests: signs `username` in with the password step only, as the server does outside demo
 * mode: "verify" when they have an authenticator, "enrol" when they have none.
 */
export function startSecondFactor(db: MockDb, username: string): CurrentUser {
  const user = db.signInAs(username);
  const enrolled = accountState(db, user.id).totpSecret !== null;
  db.currentUser = { ...user, mfa: enrolled ? "verify" : "enrol" };
  return db.currentUser;
}

/** The current TOTP code for a secret; tests type it like a person reading their app. */
export function currentTotpCode(secret: string): string {
  return totpFor(secret).generate();
}

export function mfaHandlers(db: MockDb): HttpHandler[] {
  const duringSignIn = () => denyUnlessSignedIn(db, { duringSignIn: true });
  return [
    checkedHandler(db, {
      method: "post",
      path: "*/api/auth/mfa/enrolment",
      deny: duringSignIn,
      handle: ({ user }) => {
        if (user.mfa === "verify")
          fail(
            409,
            "conflict",
            "An authenticator is already set up for this account; enter its code instead.",
          );
        const secret = new Secret({ size: 20 }).base32;
        accountState(db, user.id).pendingSecret = secret;
        const otpauthUri = totpFor(secret, user.username).toString();
        return contractResponse(MfaEnrolmentSchema, {
          secret,
          otpauthUri,
          qrCode: placeholderQrCode,
        });
      },
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/auth/mfa/enrolment/confirm",
      deny: duringSignIn,
      body: MfaCodeSchema,
      handle: ({ user, body }) => {
        const state = accountState(db, user.id);
        const secret = state.pendingSecret;
        if (!secret)
          fail(409, "conflict", "Start the set-up first: ask for a QR code.");
        const step = totpStep(secret, body.code);
        if (step === null) wrongCode();
        state.totpSecret = secret;
        state.totpLastStep = step;
        state.pendingSecret = null;
        state.recoveryCodes = Array.from({ length: 10 }, () => {
          const chars = new Secret({ size: 5 }).base32
            .toLowerCase()
            .slice(0, 8);
          return `${chars.slice(0, 4)}-${chars.slice(4)}`;
        });
        db.currentUser = { ...user, mfa: "done" };
        return contractResponse(RecoveryCodesSchema, {
          recoveryCodes: [...state.recoveryCodes],
        });
      },
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/auth/mfa/verify",
      deny: duringSignIn,
      body: MfaCodeSchema,
      handle: ({ user, body }) => {
        if (user.mfa === "done")
          return contractResponse(CurrentUserSchema, user);
        if (user.mfa === "enrol")
          fail(409, "conflict", "Set up your authenticator app first.");
        const state = accountState(db, user.id);
        if (/^\d{6}$/.test(body.code)) {
          const step = state.totpSecret
            ? totpStep(state.totpSecret, body.code)
            : null;
          if (
            step === null ||
            (state.totpLastStep !== null && step <= state.totpLastStep)
          )
            wrongCode();
          state.totpLastStep = step;
        } else {
          const code = body.code.toLowerCase();
          if (!state.recoveryCodes.includes(code)) wrongCode();
          state.recoveryCodes = state.recoveryCodes.filter((c) => c !== code);
        }
        db.currentUser = { ...user, mfa: "done" };
        return contractResponse(CurrentUserSchema, db.currentUser);
      },
    }),
  ];
}
