// A small stand-in for the server's password check (server/auth/passwordPolicy.ts, zxcvbn over
// some 40,000 common and breached passwords), worded the same, so the app's handling of a
// refused password can be shown without the server's dictionaries in the browser.
const commonPasswords = new Set([
  "password1234",
  "password123!",
  "passwordpassword",
  "qwertyuiop12",
  "qwertyuiop123",
  "letmein12345",
  "iloveyou1234",
  "welcome12345",
  "123456789012",
  "portsafe-demo",
  "portsafe2026!",
]);

export function mockPasswordProblem(
  password: string,
  personal: readonly string[] = [],
): string | null {
  const lower = password.toLowerCase();
  if (
    personal.some(
      (word) => word.length >= 3 && lower.includes(word.toLowerCase()),
    )
  ) {
    return "do not use your username or name in your password";
  }
  if (commonPasswords.has(lower)) {
    return "this password is on a list of common or breached passwords; choose another (three random words work well)";
  }
  return null;
}
