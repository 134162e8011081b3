// Where the session stands against the server's idle timeout, counted from the app's last API
// request (the server counts from the same moment): active, in the warning before the end
// (WCAG 2.2.1: at least 20 seconds), or over.
import { useEffect, useState, useSyncExternalStore } from "react";
import { idleWarningSeconds } from "../domain";
import {
  lastApiRequestAt,
  subscribeToApiRequests,
} from "../providers/apiActivity";

/** WCAG 2.2.1 asks for at least 20 seconds to respond to a timeout warning. */
const minimumWarningSeconds = 20;

export type IdlePhase =
  | { kind: "active" }
  | { kind: "warning"; secondsLeft: number }
  | { kind: "over" };

/** The warning length: the contract's, but never under 20 s nor over half the timeout. */
export function warningSecondsFor(idleTimeoutSeconds: number): number {
  return Math.max(
    minimumWarningSeconds,
    Math.min(idleWarningSeconds, Math.floor(idleTimeoutSeconds / 2)),
  );
}

function phaseAt(now: number, deadline: number, warnFrom: number): IdlePhase {
  if (now >= deadline) return { kind: "over" };
  if (now >= warnFrom)
    return { kind: "warning", secondsLeft: Math.ceil((deadline - now) / 1000) };
  return { kind: "active" };
}

export function useIdleCountdown(idleTimeoutSeconds: number): IdlePhase {
  const lastRequestAt = useSyncExternalStore(
    subscribeToApiRequests,
    lastApiRequestAt,
  );
  const deadline = lastRequestAt + idleTimeoutSeconds * 1000;
  const warnFrom = deadline - warningSecondsFor(idleTimeoutSeconds) * 1000;
  const [now, setNow] = useState(() => Date.now());

  // One timer to the next moment that matters: the warning, then each second of the countdown.
  // Timers can fire late (a sleeping laptop, a throttled tab), so each wait is measured from
  // the real time now, and a deadline already passed is noticed at once.
  useEffect(() => {
    if (now >= deadline) return;
    const current = Date.now();
    const wait =
      current >= deadline
        ? 0
        : current < warnFrom
          ? warnFrom - current
          : (deadline - current) % 1000 || 1000;
    const timer = window.setTimeout(() => setNow(Date.now()), wait);
    return () => window.clearTimeout(timer);
  }, [deadline, warnFrom, now]);

  return phaseAt(Math.max(now, lastRequestAt), deadline, warnFrom);
}
