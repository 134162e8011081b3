// Every date the desk reads is UK time, written the UK way: 21 Nov 2026, 14:05.
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "short",
  year: "numeric",
});

/** An ISO timestamp (with offset) as UK date and time. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/**
 * An ISO calendar date (YYYY-MM-DD). Read at midday UTC so no time zone can move it to the
 * day before or after.
 */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/**
 * A calendar day picked in a date input (YYYY-MM-DD) as the instant that day starts in the
 * officer's time zone, `daysLater` days on: the bounds of a "received" range filter.
 */
export function startOfDayIso(isoDate: string, daysLater = 0): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(year!, month! - 1, day! + daysLater).toISOString();
}

/** The calendar day (YYYY-MM-DD, local time) of an instant, `daysLater` days on. */
export function localDayOf(iso: string, daysLater = 0): string {
  const date = new Date(iso);
  date.setDate(date.getDate() + daysLater);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
