// Sign-in throttling that never locks an officer out (DESIGN §7, issue #13 point 3): failures
// count per account and source together, with growing delays and Retry-After; a correct sign-in
// from another source is never held up; failures and throttling are audited, summarised.
import { sql } from "drizzle-orm";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { delayAfter } from "../../server/auth/loginThrottle";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

function attempt(username: string, source: string, password = "wrong") {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    remoteAddress: source,
    payload: { username, password },
  });
}

/** Only Date is faked: the database and Fastify keep their real timers. */
function fakeClock() {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-02T10:00:00Z"));
  return (ms: number) => vi.setSystemTime(new Date(Date.now() + ms));
}

async function auditRows(action: string, ip: string) {
  return rows<{
    detail: { reason: string; count: number; usernames?: string[] };
  }>(
    t.db,
    sql`select detail from audit_events where action = ${action} and ip = ${ip} order by id`,
  );
}

describe("throttling per account and source", () => {
  it("grows the delay after five failures, says how long in Retry-After, and never locks out", async () => {
    const advance = fakeClock();
    const source = "203.0.113.7";
    for (let i = 0; i < 5; i++)
      expect((await attempt("analyst", source)).statusCode).toBe(401);
    const waits: string[] = [];
    for (const delay of [1, 2, 4, 8, 16]) {
      const early = await attempt("analyst", source);
      expect(early.statusCode).toBe(429);
      expect(early.headers["content-type"]).toMatch(
        /^application\/problem\+json/,
      );
      waits.push(early.headers["retry-after"] as string);
      advance(delay * 1000);
      expect((await attempt("analyst", source)).statusCode).toBe(401);
    }
    expect(waits).toEqual(["1", "2", "4", "8", "16"]);
    // Ten failures in 31 s: DESIGN §7's 10 per 5 minutes holds this source until the first is 5 minutes old.
    const tenth = await attempt("analyst", source);
    expect(tenth.statusCode).toBe(429);
    expect(Number(tenth.headers["retry-after"])).toBe(300 - 31);
    // Even the right password from this source waits: it is not checked, so 429 tells nothing.
    expect((await attempt("analyst", source, "portsafe-demo")).statusCode).toBe(
      429,
    );

    // The officer at their own machine is not affected.
    expect(
      (await attempt("analyst", "198.51.100.20", "portsafe-demo")).statusCode,
    ).toBe(200);
    // …and signing in there does not release the guesser.
    expect((await attempt("analyst", source)).statusCode).toBe(429);

    // When the window has passed, the source may try again.
    advance(270_000);
    expect((await attempt("analyst", source, "portsafe-demo")).statusCode).toBe(
      200,
    );
    expect((await attempt("analyst", source)).statusCode).toBe(401);
  });

  it("throttles an unknown username exactly like a real one", async () => {
    fakeClock();
    const source = "203.0.113.8";
    for (let i = 0; i < 5; i++)
      expect((await attempt("nobody-here", source)).statusCode).toBe(401);
    const sixth = await attempt("nobody-here", source);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers["retry-after"]).toBe("1");
    // Other accounts from the same source are unaffected.
    expect((await attempt("manager", source, "portsafe-demo")).statusCode).toBe(
      200,
    );
  });

  it("counts guesses sent all at once: only the five free ones are checked, the rest wait", async () => {
    const source = "203.0.113.77";
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => attempt("desk", source)),
    );
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    for (const refused of answers.filter((r) => r.statusCode === 429))
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  });

  it("caps the delay", () => {
    expect([4, 5, 6, 7, 9, 30].map(delayAfter)).toEqual([
      0, 1000, 2000, 4000, 16_000, 300_000,
    ]);
  });

  it("sends Retry-After with the per-address rate limit too, and audits it", async () => {
    const limited = await createTestApp({ LOGIN_RATE_PER_MINUTE: 3 });
    try {
      const statuses = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          remoteAddress: "192.0.2.44",
          payload: { username: `u${i}`, password: "x" },
        });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(Number(last!.headers["retry-after"])).toBeGreaterThan(0);
      expect(last!.headers["content-type"]).toMatch(
        /^application\/problem\+json/,
      );
      // The rate limit's onExceeded hook cannot wait for the audit write, so the 429 may leave
      // before its row is committed (on PostgreSQL it often does): wait for the row.
      await vi.waitFor(async () => {
        const throttled = await rows<{ detail: { reason: string } }>(
          limited.db,
          sql`select detail from audit_events where action = 'auth.login_throttled' and ip = '192.0.2.44'`,
        );
        expect(throttled.map((r) => r.detail.reason)).toEqual(["source_rate"]);
      });
    } finally {
      await limited.close();
    }
  });
});

describe("auditing failed sign-ins", () => {
  it("writes at most one row per source and reason per minute, with the count", async () => {
    const advance = fakeClock();
    const source = "203.0.113.99";
    // Thirty failures, each on another username so none is throttled.
    for (let i = 0; i < 30; i++)
      expect((await attempt(`guess-${i}`, source)).statusCode).toBe(401);
    // A throttled attempt is another reason.
    for (let i = 0; i < 5; i++) await attempt("desk", source);
    for (let i = 0; i < 3; i++)
      expect((await attempt("desk", source)).statusCode).toBe(429);

    const failed = await auditRows("auth.login_failed", source);
    expect(failed).toEqual([
      {
        detail: {
          reason: "password",
          count: 1,
          usernames: ["guess-0"],
          windowSeconds: 60,
        },
      },
    ]);
    expect(await auditRows("auth.login_throttled", source)).toHaveLength(1);

    // When the minute is over, one row carries the rest of the count (the sweep writes it; flush
    // stands in for waiting a real minute).
    advance(61_000);
    await t.app.auditSummary.flush();
    const after = await auditRows("auth.login_failed", source);
    expect(after).toHaveLength(2);
    // 29 more guesses and 5 failures on desk.
    expect(after[1]!.detail.count).toBe(29 + 5);
    expect(after[1]!.detail.usernames).toHaveLength(10);
  });
});
