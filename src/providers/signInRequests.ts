// The API calls of signing in (DESIGN.md §7): the password, then the second factor, either a
// code from the authenticator app or, the first time, setting one up. Each answer is checked
// against the contract before the app trusts it.
import type { z } from "zod";
import {
  CurrentUserSchema,
  MfaEnrolmentSchema,
  RecoveryCodesSchema,
  SessionInfoSchema,
  type CurrentUser,
  type LoginRequest,
  type SessionInfo,
} from "../domain";
import { apiFetch, NoContentSchema } from "./http";

export type MfaEnrolment = z.infer<typeof MfaEnrolmentSchema>;

export async function fetchSignedInUser(): Promise<CurrentUser> {
  return (await apiFetch("/auth/me", CurrentUserSchema)).json;
}

/** A wrong password is a 401 whose `detail` the login form shows as it is. */
export async function submitPassword(
  credentials: LoginRequest,
): Promise<CurrentUser> {
  const { json } = await apiFetch("/auth/login", CurrentUserSchema, {
    method: "POST",
    body: credentials,
  });
  return json;
}

/** A wrong or reused code is a 400 naming the `code` field, shown next to it. */
export async function submitSecondFactorCode(
  code: string,
): Promise<CurrentUser> {
  const { json } = await apiFetch("/auth/mfa/verify", CurrentUserSchema, {
    method: "POST",
    body: { code },
  });
  return json;
}

/** A new secret for this sign-in, with its QR code; replaces any earlier unconfirmed one. */
export async function startAuthenticatorEnrolment(): Promise<MfaEnrolment> {
  const { json } = await apiFetch("/auth/mfa/enrolment", MfaEnrolmentSchema, {
    method: "POST",
  });
  return json;
}

/** The app's first code proves it is set up; the answer is the recovery codes, shown once. */
export async function confirmAuthenticatorEnrolment(
  code: string,
): Promise<string[]> {
  const { json } = await apiFetch(
    "/auth/mfa/enrolment/confirm",
    RecoveryCodesSchema,
    { method: "POST", body: { code } },
  );
  return json.recoveryCodes;
}

/** The session's timeouts. The request itself counts as activity, so it also extends the session. */
export async function fetchSessionInfo(): Promise<SessionInfo> {
  return (await apiFetch("/auth/session", SessionInfoSchema)).json;
}

export async function endServerSession(): Promise<void> {
  try {
    await apiFetch("/auth/logout", NoContentSchema, { method: "POST" });
  } catch {
    // The session may already have expired on the server; the user is signed out either way.
  }
}
