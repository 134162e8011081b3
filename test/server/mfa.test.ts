import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieHeader, createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  // Outside demo mode: every account must use a second factor.
  t = await createTestApp({ PORTSAFE_DEMO: false });
});
afterAll(() => t.close());

function codeFor(secret: string, at = Date.now()): string {
  return new TOTP({
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  }).generate({ timestamp: at });
}

async function passwordLogin(username: string) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: "portsafe-demo" },
  });
  expect(response.statusCode).toBe(200);
  return { body: response.json(), cookie: cookieHeader(response) };
}

function post(url: string, cookie: string, payload?: object) {
  return t.app.inject({ method: "POST", url, headers: { cookie }, payload });
}

describe("the second factor outside demo mode", () => {
  let secret = "";
  let recoveryCodes: string[] = [];

  it("makes an account without an authenticator enrol before it can reach anything else", async () => {
    const { body, cookie } = await passwordLogin("desk");
    expect(body.mfa).toBe("enrol");
    const blocked = await t.app.inject({
      method: "GET",
      url: "/api/reports",
      headers: { cookie },
    });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().detail).toContain("set up your authenticator app");

    const enrolment = await post("/api/auth/mfa/enrolment", cookie);
    expect(enrolment.statusCode).toBe(200);
    secret = enrolment.json().secret;
    expect(enrolment.json().otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(enrolment.json().qrCode).toMatch(/^data:image\/png;base64,/);

    const wrong = await post("/api/auth/mfa/enrolment/confirm", cookie, {
      code: "000000",
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await post("/api/auth/mfa/enrolment/confirm", cookie, {
      code: codeFor(secret),
    });
    expect(confirmed.statusCode).toBe(200);
    recoveryCodes = confirmed.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/reports",
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(200);
  });

  it("asks an enrolled account for a code at sign-in, and refuses the same code twice", async () => {
    const { body, cookie } = await passwordLogin("desk");
    expect(body.mfa).toBe("verify");
    // A code one step ahead (allowed drift) that the enrolment did not use.
    const code = codeFor(secret, Date.now() + 30_000);
    const ok = await post("/api/auth/mfa/verify", cookie, { code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().mfa).toBe("done");

    const second = await passwordLogin("desk");
    const replay = await post("/api/auth/mfa/verify", second.cookie, { code });
    expect(replay.statusCode).toBe(400);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/reports",
          headers: { cookie: second.cookie },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("accepts a recovery code once", async () => {
    const first = await passwordLogin("desk");
    expect(
      (
        await post("/api/auth/mfa/verify", first.cookie, {
          code: recoveryCodes[0],
        })
      ).statusCode,
    ).toBe(200);
    const second = await passwordLogin("desk");
    expect(
      (
        await post("/api/auth/mfa/verify", second.cookie, {
          code: recoveryCodes[0],
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe("an administrator resetting a lost authenticator", () => {
  async function signedInAdmin() {
    const { cookie } = await passwordLogin("admin");
    const enrolment = await post("/api/auth/mfa/enrolment", cookie);
    const confirmed = await post("/api/auth/mfa/enrolment/confirm", cookie, {
      code: codeFor(enrolment.json().secret),
    });
    expect(confirmed.statusCode).toBe(200);
    return cookie;
  }

  it("removes the second factor, ends the account's sessions, and makes the next sign-in enrol again", async () => {
    const admin = await signedInAdmin();
    // The analyst enrols and is signed in.
    const analyst = await passwordLogin("analyst");
    const enrolment = await post("/api/auth/mfa/enrolment", analyst.cookie);
    expect(
      (
        await post("/api/auth/mfa/enrolment/confirm", analyst.cookie, {
          code: codeFor(enrolment.json().secret),
        })
      ).statusCode,
    ).toBe(200);
    const analystId = (
      await t.app.inject({
        method: "GET",
        url: "/api/auth/me",
        headers: { cookie: analyst.cookie },
      })
    ).json().id;

    const account = await t.app.inject({
      method: "GET",
      url: `/api/accounts/${analystId}`,
      headers: { cookie: admin },
    });
    expect(account.json().mfaEnrolled).toBe(true);
    const url = `/api/accounts/${analystId}/mfa`;
    expect(
      (
        await t.app.inject({
          method: "DELETE",
          url,
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(428);
    const reset = await t.app.inject({
      method: "DELETE",
      url,
      headers: { cookie: admin, "if-match": account.headers.etag as string },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().mfaEnrolled).toBe(false);

    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/auth/me",
          headers: { cookie: analyst.cookie },
        })
      ).statusCode,
    ).toBe(401);
    expect((await passwordLogin("analyst")).body.mfa).toBe("enrol");
    const audit = await t.app.inject({
      method: "GET",
      url: "/api/audit?action=user.mfa_reset",
      headers: { cookie: admin },
    });
    expect(audit.json().data).toEqual([
      expect.objectContaining({
        action: "user.mfa_reset",
        entityId: analystId,
        actorName: "admin",
      }),
    ]);
  });
});

describe("throttling sign-in", () => {
  it("slows failed attempts on one account from one source with 429 and Retry-After, without saying whether it exists", async () => {
    const attempt = (username: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: "wrong password" },
      });
    for (let i = 0; i < 5; i++)
      expect((await attempt("analyst")).statusCode).toBe(401);
    const sixth = await attempt("analyst");
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers["retry-after"]).toBe("1");
    // Even the right password from this source waits out the delay.
    const right = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "analyst", password: "portsafe-demo" },
    });
    expect(right.statusCode).toBe(429);
    // An unknown username is throttled the same way, so 429 says nothing about existence.
    for (let i = 0; i < 5; i++) await attempt("nobody-here");
    expect((await attempt("nobody-here")).statusCode).toBe(429);
    // Other accounts are unaffected, and so is this account from another source (loginThrottle.test.ts).
    expect((await passwordLogin("manager")).body.mfa).toBe("enrol");
  });

  it("limits sign-in attempts per client address", async () => {
    const limited = await createTestApp({ LOGIN_RATE_PER_MINUTE: 3 });
    try {
      const statuses = [];
      let last;
      for (let i = 0; i < 4; i++) {
        last = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: `u${i}`, password: "x" },
        });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe("signing out", () => {
  it("tells the browser to clear what it kept", async () => {
    const { cookie } = await passwordLogin("manager");
    const response = await post("/api/auth/logout", cookie);
    expect(response.headers["clear-site-data"]).toBe(
      '"cache", "cookies", "storage"',
    );
  });
});
