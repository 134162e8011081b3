// Live updates for the desk and analysts: one event stream for the whole app, shared by every
// screen that listens (queue counts, the queue's "new reports" banner, the open report).
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from "react";
import { usePermissions } from "react-admin";
import type { LiveEvent, Role } from "../domain";
import { connectLiveEvents } from "./liveEventSource";

type LiveEventListener = (event: LiveEvent) => void;

interface LiveEvents {
  subscribe(listener: LiveEventListener): () => void;
}

const LiveEventsContext = createContext<LiveEvents>({
  subscribe: () => () => {},
});

/** Only the roles that read reports hear about them. */
const listeningRoles: readonly Role[] = ["desk", "analyst"];

export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const { permissions } = usePermissions<Role[]>();
  const listens =
    Array.isArray(permissions) &&
    permissions.some((role) => listeningRoles.includes(role));
  const listeners = useRef(new Set<LiveEventListener>());

  useEffect(() => {
    // jsdom (component tests) and very old browsers have no EventSource: no live updates.
    if (!listens || typeof EventSource === "undefined") return;
    return connectLiveEvents((event) => {
      for (const listener of listeners.current) listener(event);
    });
  }, [listens]);

  const value = useMemo<LiveEvents>(
    () => ({
      subscribe(listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [],
  );
  return (
    <LiveEventsContext.Provider value={value}>
      {children}
    </LiveEventsContext.Provider>
  );
}

/** Calls `listener` for every live event while the calling component is mounted. */
export function useLiveEvent(listener: LiveEventListener): void {
  const { subscribe } = useContext(LiveEventsContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}
