// The SLA policy, read once per app instance instead of on every report save. A change made in
// any instance sends a NOTIFY in the same transaction (delivered only if it commits), and every
// instance forgets its copy when it hears it; a copy is also never kept longer than `maxAgeMs`,
// in case a notification was lost while a LISTEN connection was being re-opened.
import type { SlaPolicy } from "../../src/domain";
import type { DatabaseHandle, Queryable } from "../db/connect";
import { getSlaPolicy, settingsChannel } from "./settingsRepository";

export interface SlaPolicyCache {
  /** The policy: this instance's copy, or a fresh read after a change anywhere. */
  current(): Promise<SlaPolicy>;
  /** This instance just changed the policy: do not wait for the notification to arrive. */
  forget(): void;
  close(): Promise<void>;
}

export function createSlaPolicyCache(
  db: Queryable,
  listen: DatabaseHandle["listen"],
  onError: (error: unknown) => void,
  maxAgeMs = 60_000,
): SlaPolicyCache {
  let copy: { policy: Promise<SlaPolicy>; readAt: number } | null = null;
  let listening: Promise<(() => Promise<void>) | null> | null = null;
  const forget = () => {
    copy = null;
  };

  async function startListening() {
    try {
      return await listen(settingsChannel, forget);
    } catch (error) {
      // Without notifications a copy could go stale: read the policy on every save instead.
      onError(error);
      return null;
    }
  }

  return {
    async current() {
      // Listen before the first read, so a change made in between is not missed.
      listening ??= startListening();
      if (!(await listening)) return getSlaPolicy(db);
      if (!copy || Date.now() - copy.readAt > maxAgeMs) {
        const read = { policy: getSlaPolicy(db), readAt: Date.now() };
        copy = read;
        read.policy.catch(() => {
          if (copy === read) copy = null;
        });
      }
      return copy.policy;
    },
    forget,
    async close() {
      const stop = await listening;
      listening = null;
      copy = null;
      await stop?.();
    },
  };
}
