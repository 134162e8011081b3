// A small stand-in for the server's password check (server/auth/passwordPolicy.ts, zxcvbn over
// some 40,000 common and breached passwords), worded the same, so the app's handling of a
// refused password can be shown without the server's dictionaries in the browser.
// Each of these is a whole-word match in the server's dictionaries (checked against
// newPasswordProblem), so the mock refuses them with the same words.
const commonPasswords = new Set([
  "qwerty123456",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "zaq12wsxcde3",
  "123456789012",
  "administrator",
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
