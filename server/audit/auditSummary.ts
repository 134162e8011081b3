// Audit rows for events a stranger can repeat at will (failed sign-ins, throttled attempts,
// cross-site refusals, bad intake keys): summarised, at most one row per source address, action
// and reason per minute, so nobody can flood the append-only log.
//
// The first event from a source opens a one-minute window and is written at once (count 1), so a
// single failure is visible immediately. Further events in that window are only counted; when the
// window ends (a sweep every few seconds, or the next event after it) one row carries the count
// and opens the next window. On shutdown the counts still pending are written. The windows live in
// this instance's memory: behind a load balancer each instance writes its own summaries.
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Queryable } from "../db/connect";
import { recordAudit, type AuditAction } from "./auditTrail";

export const auditSummaryWindowMs = 60_000;
/** Distinct (source, action, reason) windows kept; beyond it new sources share one window. */
const maxWindows = 10_000;
/** Usernames named in one row (the rest are only counted). */
const maxUsernames = 10;

interface Window {
  action: AuditAction;
  reason: string;
  ip: string;
  until: number;
  /** Events since the last row. */
  pending: number;
  usernames: Set<string>;
}

export interface AuditSummary {
  /** Counts one event; writes a row when it opens a window (await it to see the row). */
  note(
    request: FastifyRequest,
    action: AuditAction,
    reason: string,
    username?: string,
  ): Promise<void>;
  /** Writes every pending count now (shutdown, tests). */
  flush(): Promise<void>;
}

declare module "fastify" {
  interface FastifyInstance {
    auditSummary: AuditSummary;
  }
}

export function createAuditSummary(
  db: Queryable,
  onError: (error: unknown) => void,
): AuditSummary & { close(): Promise<void> } {
  const windows = new Map<string, Window>();

  const write = async (window: Window, count: number, usernames: string[]) => {
    try {
      await recordAudit(db, null, {
        action: window.action,
        actor: null,
        ip: window.ip === "*" ? null : window.ip,
        detail: {
          reason: window.reason,
          count,
          ...(usernames.length ? { usernames } : {}),
          windowSeconds: auditSummaryWindowMs / 1000,
        },
      });
    } catch (error) {
      onError(error);
    }
  };

  /** Writes the window's pending count and starts the next window. */
  const roll = (window: Window, now: number, extra = 0, username?: string) => {
    const usernames = [...window.usernames];
    if (username && usernames.length < maxUsernames) usernames.push(username);
    const count = window.pending + extra;
    window.pending = 0;
    window.usernames = new Set();
    window.until = now + auditSummaryWindowMs;
    return write(window, count, [...new Set(usernames)]);
  };

  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, window] of windows) {
      if (now < window.until) continue;
      if (window.pending > 0) void roll(window, now);
      else windows.delete(key);
    }
  }, auditSummaryWindowMs / 6);
  sweep.unref();

  return {
    async note(request, action, reason, username) {
      const now = Date.now();
      let ip = request.ip ?? "unknown";
      let key = `${action}\u0000${reason}\u0000${ip}`;
      if (!windows.has(key) && windows.size >= maxWindows) {
        ip = "*";
        key = `${action}\u0000${reason}\u0000*`;
      }
      const name = username?.slice(0, 100);
      const window = windows.get(key);
      if (!window) {
        const opened: Window = {
          action,
          reason,
          ip,
          until: now,
          pending: 0,
          usernames: new Set(),
        };
        windows.set(key, opened);
        return roll(opened, now, 1, name);
      }
      if (now >= window.until) return roll(window, now, 1, name);
      window.pending += 1;
      if (name && window.usernames.size < maxUsernames)
        window.usernames.add(name);
    },
    async flush() {
      const now = Date.now();
      await Promise.all(
        [...windows.values()]
          .filter((window) => window.pending > 0)
          .map((window) => roll(window, now)),
      );
    },
    async close() {
      clearInterval(sweep);
      await this.flush();
    },
  };
}

async function auditSummaryPlugin(
  app: FastifyInstance,
  { db }: { db: Queryable },
) {
  const summary = createAuditSummary(db, (error) =>
    app.log.warn({ err: error }, "writing an audit summary row failed"),
  );
  app.decorate("auditSummary", summary);
  app.addHook("onClose", () => summary.close());
}

export default fp(auditSummaryPlugin, { name: "portsafe-audit-summary" });
