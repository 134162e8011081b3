// When a key press is a shortcut and when it is just typing.

/** Input types that take typed text; a key pressed in them is never a shortcut. */
const textInputTypes = new Set([
  "text",
  "search",
  "email",
  "number",
  "password",
  "tel",
  "url",
  "date",
  "datetime-local",
  "time",
  "month",
  "week",
]);

/** Widgets that use letter and arrow keys themselves. */
const keyHungryRoles = new Set([
  "textbox",
  "combobox",
  "listbox",
  "option",
  "searchbox",
  "spinbutton",
  "slider",
]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (target instanceof HTMLInputElement)
    return textInputTypes.has(target.type);
  return keyHungryRoles.has(target.getAttribute("role") ?? "");
}

/** A dialog, menu or drop-down is open: its keys belong to it. */
function isOverlayOpen(target: EventTarget | null): boolean {
  if (
    target instanceof HTMLElement &&
    target.closest('[role="dialog"], [role="alertdialog"], [role="listbox"]')
  )
    return true;
  return (
    document.querySelector(".MuiModal-root:not(.MuiModal-hidden)") !== null
  );
}

export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return !isTyping(event.target) && !isOverlayOpen(event.target);
}
