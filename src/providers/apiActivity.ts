// When the app last sent the API a request. The server ends a session that has made no request
// for its idle timeout, so the app counts idleness the same way: from its last request, not from
// mouse or keyboard use (WCAG 2.2.1 asks us to warn before that happens; see IdleSessionGuard).
type Listener = () => void;

let lastRequestAt = Date.now();
const listeners = new Set<Listener>();

/** Called by apiFetch as each request leaves, the moment the server will count it from. */
export function noteApiRequest(at: number = Date.now()): void {
  lastRequestAt = at;
  for (const listener of listeners) listener();
}

/** Milliseconds since the epoch of the app's last API request. */
export function lastApiRequestAt(): number {
  return lastRequestAt;
}

/** For useSyncExternalStore: calls `listener` after every request; returns the unsubscribe. */
export function subscribeToApiRequests(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
