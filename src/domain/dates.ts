// Dates and date-times the API accepts. ISO 8601 alone allows year 0000, which PostgreSQL cannot
// store, and years whose arithmetic (a previous period, an SLA clock) leaves the range it can:
// such requests failed as 500s. The years below hold every real report, membership and review.
import { z } from "zod";

export const earliestInputYear = 1900;
export const latestInputYear = 2100;

function yearInRange(text: string): boolean {
  const year = new Date(text).getUTCFullYear();
  // Text that is no date at all fails the format check, which names the problem; one is enough.
  if (Number.isNaN(year)) return true;
  return year >= earliestInputYear && year <= latestInputYear;
}
const outOfRange = `use a year between ${earliestInputYear} and ${latestInputYear}`;

/** An ISO 8601 date-time with a time zone, in the years the desk can store. */
export function dateTimeInput(
  error = "give a date-time such as 2026-01-01T00:00:00Z",
) {
  return z.iso
    .datetime({ offset: true, error })
    .refine(yearInRange, outOfRange);
}

/** An ISO 8601 calendar date (2026-03-31), in the years the desk can store. */
export function dateInput(error = "give a date such as 2026-03-31") {
  return z.iso.date({ error }).refine(yearInRange, outOfRange);
}
