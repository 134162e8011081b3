// Users, their roles, and the auth API shapes.
import { z } from "zod";
import { RoleSchema } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";

/**
 * Where the signed-in person is with the second factor: "done" (or not required in demo mode),
 * "verify" (enter a code from the authenticator app), "enrol" (set an authenticator up first).
 * Until it is "done" the session can reach only the sign-in endpoints.
 */
export const mfaStates = ["done", "verify", "enrol"] as const;
export const MfaStateSchema = z.enum(mfaStates);
export type MfaState = z.infer<typeof MfaStateSchema>;

/** Why a half-signed-in session is refused everything but the sign-in steps. */
export function unfinishedSignInDetail(mfa: Exclude<MfaState, "done">): string {
  const next =
    mfa === "enrol"
      ? "set up your authenticator app"
      : "enter the code from your authenticator app";
  return `Finish signing in first: ${next}.`;
}

/**
 * Sent by the app on requests it makes on its own (a presence heartbeat, polling), not because
 * the person did something: the server then does not restart the session's idle clock, so an
 * unattended screen still times out (DESIGN.md §7, WCAG 2.2.1).
 */
export const backgroundRequestHeader = "x-portsafe-background";

export const CurrentUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
    mfa: MfaStateSchema,
  })
  .meta({ id: "CurrentUser" });
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

export const LoginRequestSchema = z
  .object({
    username: z.string().trim().min(1, "enter your username").max(100),
    password: z.string().min(1, "enter your password").max(1000),
  })
  .strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Usernames are short, lower-case handles; they appear in audit rows. */
export const UsernameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9._-]{1,39}$/,
    "use 2–40 lower-case letters, digits, dots, dashes or underscores, starting with a letter",
  );

/** No composition rules (NCSC / NIST 800-63B): length is what matters. */
export const NewPasswordSchema = z
  .string()
  .min(12, "use at least 12 characters")
  .max(256, "use at most 256 characters");

/** What every signed-in user may see of a colleague: enough to show an assignee. */
export const UserSummarySchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
  })
  .meta({ id: "UserSummary" });
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const UserListQuerySchema = listQuerySchema(
  ["username", "displayName"] as const,
  "displayName",
  {
    id: oneOrMany(z.uuid("id must be a user id")).optional(),
    role: oneOrMany(RoleSchema).optional(),
  },
  "asc",
);
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserSummaryListResponseSchema =
  listResponseSchema(UserSummarySchema);

export const MfaCodeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(
        /^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/i,
        "enter the 6-digit code from your authenticator app, or a recovery code like abcd-1234",
      ),
  })
  .strict()
  .meta({ id: "MfaCode" });

export const MfaEnrolmentSchema = z
  .object({
    /** Base32 secret, for typing into an app that cannot scan. */
    secret: z.string(),
    otpauthUri: z.string(),
    /** The otpauth URI as a QR code PNG data URL. */
    qrCode: z.string(),
  })
  .meta({ id: "MfaEnrolment" });

export const RecoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()) })
  .meta({ id: "RecoveryCodes" });

/** The session's timeouts, so the app can warn before an idle session ends (WCAG 2.2.1). */
export const SessionInfoSchema = z
  .object({
    idleTimeoutSeconds: z.number().int().min(60),
    absoluteTimeoutSeconds: z.number().int(),
  })
  .meta({ id: "SessionInfo" });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** The app warns this long before an idle session ends (WCAG 2.2.1 asks for at least 20 s). */
export const idleWarningSeconds = 60;
