// Millisecond arithmetic in UTC: the dataset is generated relative to a caller-supplied `now`.

export const msPerMinute = 60_000;
export const msPerHour = 3_600_000;
export const msPerDay = 86_400_000;
export const msPerYear = 365.25 * msPerDay;

/** Drops milliseconds so timestamps look like what a database would store from a form. */
export function toWholeSeconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

export function isoDateTime(ms: number): string {
  return new Date(toWholeSeconds(ms)).toISOString();
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The same calendar date `years` later (29 February rolls over to 1 March). */
export function addYearsToIsoDate(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  return isoDate(Date.UTC(year + years, month - 1, day));
}

/** The same instant `years` earlier on the calendar. */
export function yearsBefore(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.getTime();
}

/** Midnight UTC of an ISO date, in milliseconds. */
export function isoDateToMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
