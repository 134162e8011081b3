// How a display says that its figures are protected (issue #14): the method under a chart, in
// its PNG with the date it was made, read from the response's `suppression` object defensively,
// since the server may describe its method there (a `note` or `method` string) or not at all.
import type { Suppression } from "../../domain";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Whether the figures on screen are the published (protected) ones. */
export function isProtected(
  suppression: Suppression | null | undefined,
): boolean {
  return Boolean(suppression?.applied);
}

/** The method in words: the server's own note when it sends one, else ours. */
export function methodNote(
  suppression: Suppression | null | undefined,
  translate: Translate,
): string | null {
  if (!isProtected(suppression)) return null;
  const extra = suppression as unknown as Record<string, unknown>;
  const note = extra["note"];
  return typeof note === "string" && note.trim() !== ""
    ? note
    : translate("analytics.suppressedNote");
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** The footnotes a protected chart's PNG carries: the method and the date it was made. */
export function protectedImageNotes(
  suppression: Suppression | null | undefined,
  translate: Translate,
  now: Date = new Date(),
): string[] {
  const note = methodNote(suppression, translate);
  if (note === null) return [];
  return [
    note,
    translate("analytics.publishedOn", { date: dateFormat.format(now) }),
  ];
}
