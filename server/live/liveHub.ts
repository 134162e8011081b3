// One LISTEN per server instance, fanned out to every open event stream on it. Each instance
// hears every other instance's changes through PostgreSQL, so any instance can serve any user.
import { LiveEventSchema, type LiveEvent } from "../../src/domain";
import type { DatabaseHandle } from "../db/connect";
import { liveChannel } from "./notify";

export type LiveSubscriber = (event: LiveEvent) => void;

export interface LiveHub {
  subscribe(subscriber: LiveSubscriber): Promise<() => void>;
  close(): Promise<void>;
}

export function createLiveHub(
  listen: DatabaseHandle["listen"],
  onError: (message: string) => void,
): LiveHub {
  const subscribers = new Set<LiveSubscriber>();
  let stopListening: Promise<() => Promise<void>> | null = null;

  function deliver(payload: string) {
    const parsed = LiveEventSchema.safeParse(JSON.parse(payload));
    if (!parsed.success) return onError("ignored a malformed live event");
    for (const subscriber of subscribers) subscriber(parsed.data);
  }

  return {
    async subscribe(subscriber) {
      subscribers.add(subscriber);
      // Listen lazily: an instance nobody watches holds no extra connection.
      stopListening ??= listen(liveChannel, deliver);
      await stopListening;
      return () => subscribers.delete(subscriber);
    },
    async close() {
      subscribers.clear();
      if (stopListening) await (await stopListening)();
      stopListening = null;
    },
  };
}
