// Sign-in throttling that slows a guesser but never locks an officer out (DESIGN §7, NCSC).
//
// Failures are counted per account AND source address together: a stranger guessing from one
// address slows down only their own attempts on that account, never the officer signing in from
// their own machine. Per (account, source), within five minutes:
// - the first 5 failures cost nothing (typos);
// - after that each attempt waits a growing delay after the last failure: 1 s, 2 s, 4 s, 8 s, 16 s…
//   (capped at 5 minutes);
// - and, as DESIGN §7 asks, no more than 10 failures in any 5 minutes: after the 10th, the next
//   attempt waits until the oldest of those 10 is 5 minutes old.
// A throttled attempt is answered 429 with Retry-After and its password is not even checked, so
// it tells nothing. A correct sign-in clears that source's count for the account.
//
// No global per-account ceiling that refuses: whatever it refused would include the officer, and
// anyone who can reach the login page from enough addresses could keep them out; that is exactly
// the lockout NCSC warns about. A guesser spread over many addresses is held back instead by the
// per-address rate limit on the sign-in route (LOGIN_RATE_PER_MINUTE, answered 429 with
// Retry-After by @fastify/rate-limit), argon2id's cost per guess, the breached-password check and
// the second factor every role must pass.
//
// The counts live in this instance's memory (bounded; quiet entries expire): behind a load
// balancer each instance counts separately, and a restart forgets them. Failed attempts and
// throttling are audited, summarised, by the routes (server/audit/auditSummary.ts).
import { problem } from "../http/problems";

export const freeFailures = 5;
/** DESIGN §7: no more than 10 failed attempts per account (here: per account and source) in 5 minutes. */
export const maxFailuresPerWindow = 10;
export const throttleWindowMs = 5 * 60 * 1000;
const firstDelayMs = 1000;
const maxDelayMs = throttleWindowMs;
/** Pairs remembered at most; the oldest are forgotten first (the per-address rate limit bounds growth). */
const maxPairs = 50_000;

export interface LoginThrottle {
  /** Milliseconds this source must still wait before trying this account again; 0 when it may. */
  waitMs(username: string, source: string): number;
  failed(username: string, source: string): void;
  succeeded(username: string, source: string): void;
  /**
   * Counts an attempt as under way until the returned function is called: attempts sent at once
   * all pass waitMs before any has failed, so each one in flight counts as a failure until it ends.
   */
  begin(username: string, source: string): () => void;
}

/** The delay before the next attempt after `failures` recent failures. */
export function delayAfter(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(firstDelayMs * 2 ** (failures - freeFailures), maxDelayMs);
}

export function createLoginThrottle(
  now: () => number = () => Date.now(),
): LoginThrottle {
  /** `username\0source` → times of its failures in the window, oldest first. */
  const failures = new Map<string, number[]>();
  /** `username\0source` → attempts checked but not yet answered. */
  const inFlight = new Map<string, number>();
  const keyOf = (username: string, source: string) =>
    `${username.toLowerCase()}\u0000${source}`;
  const recent = (key: string, at: number): number[] => {
    const times = (failures.get(key) ?? []).filter(
      (t) => t > at - throttleWindowMs,
    );
    if (times.length) failures.set(key, times);
    else failures.delete(key);
    return times;
  };

  return {
    waitMs(username, source) {
      const at = now();
      const key = keyOf(username, source);
      const times = recent(key, at);
      const pending = inFlight.get(key) ?? 0;
      if (!times.length && !pending) return 0;
      const last = pending ? at : times.at(-1)!;
      const delayed = last + delayAfter(times.length + pending) - at;
      const capped =
        times.length >= maxFailuresPerWindow
          ? times.at(-maxFailuresPerWindow)! + throttleWindowMs - at
          : 0;
      return Math.max(0, delayed, capped);
    },
    failed(username, source) {
      const key = keyOf(username, source);
      const at = now();
      const times = recent(key, at);
      times.push(at);
      // Re-inserting keeps the Map in order of last failure, so the oldest are evicted first.
      failures.delete(key);
      failures.set(key, times.slice(-2 * maxFailuresPerWindow));
      while (failures.size > maxPairs)
        failures.delete(failures.keys().next().value!);
    },
    succeeded(username, source) {
      failures.delete(keyOf(username, source));
    },
    begin(username, source) {
      const key = keyOf(username, source);
      inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        const left = (inFlight.get(key) ?? 1) - 1;
        if (left > 0) inFlight.set(key, left);
        else inFlight.delete(key);
      };
    },
  };
}

/** Seconds for a Retry-After header: whole seconds, at least 1. */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}

/** The 429 for a source that must wait; says nothing about whether the account exists. */
export function throttledProblem(waitMs: number) {
  const seconds = retryAfterSeconds(waitMs);
  return problem(
    429,
    "rate_limited",
    `Too many failed sign-in attempts from here. Wait ${seconds === 1 ? "a second" : `${seconds} seconds`}, then try again.`,
  );
}
