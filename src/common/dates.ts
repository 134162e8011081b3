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
