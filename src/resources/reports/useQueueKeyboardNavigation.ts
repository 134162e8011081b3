// j/k and the arrow keys move focus from row to row of the queue; Enter or o opens the report in
// focus. Focus lands on the row's reference link, so the browser shows it and Enter follows it.
import type { RefObject } from "react";
import { useKeyboardShortcut } from "../../keyboard/KeyboardShortcutsProvider";

function rowsOf(container: HTMLElement | null): HTMLTableRowElement[] {
  return Array.from(
    container?.querySelectorAll<HTMLTableRowElement>("tbody tr") ?? [],
  );
}

function linkOf(
  row: HTMLTableRowElement | undefined,
): HTMLAnchorElement | null {
  return row?.querySelector<HTMLAnchorElement>("a[href]") ?? null;
}

function focusedRowIndex(rows: HTMLTableRowElement[]): number {
  return rows.findIndex((row) => row.contains(document.activeElement));
}

/** Arrow keys scroll the page elsewhere; they move rows only from the queue or from nowhere. */
function arrowBelongsToQueue(
  event: KeyboardEvent,
  container: HTMLElement | null,
): boolean {
  if (!event.key.startsWith("Arrow")) return true;
  const active = document.activeElement;
  return (
    active === null ||
    active === document.body ||
    container?.contains(active) === true
  );
}

function moveFocus(
  container: HTMLElement | null,
  event: KeyboardEvent,
  step: 1 | -1,
): boolean {
  const rows = rowsOf(container);
  if (rows.length === 0 || !arrowBelongsToQueue(event, container)) return false;
  const current = focusedRowIndex(rows);
  const next =
    current === -1
      ? step === 1
        ? 0
        : rows.length - 1
      : Math.min(Math.max(current + step, 0), rows.length - 1);
  linkOf(rows[next])?.focus();
  return true;
}

function openFocusedRow(
  container: HTMLElement | null,
  event: KeyboardEvent,
): boolean {
  const rows = rowsOf(container);
  const link = linkOf(rows[focusedRowIndex(rows)]);
  // Enter on the link itself is the browser's to follow.
  if (!link || (event.key === "Enter" && document.activeElement === link))
    return false;
  link.click();
  return true;
}

export function useQueueKeyboardNavigation(
  containerRef: RefObject<HTMLElement | null>,
): void {
  useKeyboardShortcut(["j", "ArrowDown"], (event) =>
    moveFocus(containerRef.current, event, 1),
  );
  useKeyboardShortcut(["k", "ArrowUp"], (event) =>
    moveFocus(containerRef.current, event, -1),
  );
  useKeyboardShortcut(["o", "Enter"], (event) =>
    openFocusedRow(containerRef.current, event),
  );
}
