// Time-based one-time passwords (RFC 6238) with otpauth, plus single-use recovery codes.
import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

const period = 30;

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

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function enrolmentFor(secret: string, username: string) {
  const otpauthUri = totpFor(secret, username).toString();
  return {
    secret,
    otpauthUri,
    qrCode: await QRCode.toDataURL(otpauthUri, {
      errorCorrectionLevel: "M",
      margin: 2,
    }),
  };
}

/**
 * The time step the code belongs to (allowing one step of clock drift either way), or null.
 * Callers refuse a step at or before the last one accepted, so a code works once.
 */
export function totpStep(
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

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
}

/** Ten codes like "k3m9-x2qa", shown once; only their hashes are kept. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: count }, () => {
    const chars = Array.from(
      randomBytes(8),
      (b) => alphabet[b % alphabet.length],
    ).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}
