/** The one account of the e2e server outside demo mode; mfa.spec.ts signs in with it. */
export const mfaAccount = {
  username: "pc.e2e",
  password: "harbour kettle violet 31",
};
