// An officer's authenticator app, set up through the real API as at an earlier sign-in.
import { Secret, TOTP } from "otpauth";
import { demoPassword } from "../../server/seed/demoSeed";
import { MfaEnrolmentSchema, RecoveryCodesSchema } from "../../src/domain";
import { apiApp } from "./realApi";

/** The code an authenticator app with this key shows now. */
export function currentTotpCode(secret: string): string {
  return new TOTP({
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  }).generate();
}

/**
 * The officer sets up an authenticator app through the API, as at an earlier sign-in (password,
 * QR code, first code), and keeps the recovery codes they were shown.
 */
export async function enrolAuthenticator(
  username: string,
): Promise<{ recoveryCodes: string[] }> {
  const app = apiApp();
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: demoPassword },
  });
  if (login.statusCode !== 200)
    throw new Error(`sign-in as ${username} failed: ${login.body}`);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const enrolment = MfaEnrolmentSchema.parse(
    (
      await app.inject({
        method: "POST",
        url: "/api/auth/mfa/enrolment",
        headers: { cookie },
      })
    ).json(),
  );
  const confirmed = await app.inject({
    method: "POST",
    url: "/api/auth/mfa/enrolment/confirm",
    headers: { cookie },
    payload: { code: currentTotpCode(enrolment.secret) },
  });
  if (confirmed.statusCode !== 200)
    throw new Error(`enrolling ${username} failed: ${confirmed.body}`);
  return RecoveryCodesSchema.parse(confirmed.json());
}
