// One keydown listener for the whole app. Screens register the keys they handle while they are
// mounted (useKeyboardShortcut); the most recently registered handler for a key wins. `?` opens
// the help dialog, which is loaded only when first asked for.
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { isShortcutEvent } from "./shortcutTarget";

/** Returns false to let the key through (e.g. an arrow key outside the queue). */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void;

interface Registration {
  keys: readonly string[];
  handler: { current: ShortcutHandler };
}

interface KeyboardShortcuts {
  register(registration: Registration): () => void;
  openHelp(): void;
}

const KeyboardShortcutsContext = createContext<KeyboardShortcuts>({
  register: () => () => {},
  openHelp: () => {},
});

const KeyboardHelpDialog = lazy(async () => ({
  default: (await import("./KeyboardHelpDialog")).KeyboardHelpDialog,
}));

export function KeyboardShortcutsProvider({
  children,
}: {
  children: ReactNode;
}) {
  const registrations = useRef<Registration[]>([]);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isShortcutEvent(event)) return;
      if (event.key === "?") {
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      for (const { keys, handler } of [...registrations.current].reverse()) {
        if (!keys.includes(event.key)) continue;
        if (handler.current(event) === false) continue;
        event.preventDefault();
        return;
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const value = useMemo<KeyboardShortcuts>(
    () => ({
      register(registration) {
        registrations.current.push(registration);
        return () => {
          registrations.current = registrations.current.filter(
            (r) => r !== registration,
          );
        };
      },
      openHelp: () => setHelpOpen(true),
    }),
    [],
  );

  return (
    <KeyboardShortcutsContext.Provider value={value}>
      {children}
      {helpOpen && (
        <Suspense fallback={null}>
          <KeyboardHelpDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </KeyboardShortcutsContext.Provider>
  );
}

/**
 * Handles `keys` (KeyboardEvent.key values) while the calling component is mounted and
 * `enabled`. Never fires while the user is typing or a dialog is open.
 */
export function useKeyboardShortcut(
  keys: readonly string[],
  handler: ShortcutHandler,
  enabled = true,
): void {
  const { register } = useContext(KeyboardShortcutsContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const keyList = keys.join(" ");
  useEffect(() => {
    if (!enabled) return;
    return register({ keys: keyList.split(" "), handler: latest });
  }, [register, keyList, enabled]);
}

export function useOpenKeyboardHelp(): () => void {
  return useContext(KeyboardShortcutsContext).openHelp;
}
