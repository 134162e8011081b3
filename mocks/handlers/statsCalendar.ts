// UK calendar buckets for the mock's /api/stats/timeseries, computed the way the server asks
// PostgreSQL to (server/routes/statsBuckets.ts): days, Monday-based weeks and months in
// Europe/London, from the bucket holding `from` to the one holding the last instant before `to`.
import {
  maxTimeseriesPoints,
  statsTimeZone,
  type StatsInterval,
} from "../../src/domain";
import { fail } from "./problems";

const ukDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: statsTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The UK calendar date (YYYY-MM-DD) of an instant. */
export function ukDate(ms: number): string {
  return ukDay.format(new Date(ms));
}

/** Date arithmetic on calendar dates, in UTC so no clock change can shift them. */
function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the bucket a calendar date falls in (PostgreSQL's date_trunc). */
export function bucketStart(day: string, interval: StatsInterval): string {
  if (interval === "day") return day;
  if (interval === "month") return `${day.slice(0, 7)}-01`;
  const date = parseDay(day);
  // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return formatDay(date);
}

function nextBucket(day: string, interval: StatsInterval): string {
  const date = parseDay(day);
  if (interval === "day") date.setUTCDate(date.getUTCDate() + 1);
  else if (interval === "week") date.setUTCDate(date.getUTCDate() + 7);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return formatDay(date);
}

const roughDays: Record<StatsInterval, number> = { day: 1, week: 7, month: 28 };

/** The server's words when a chart would hold too many points. */
function tooManyPoints(
  buckets: number,
  series: number,
  interval: StatsInterval,
): never {
  const wider = interval === "day" ? "week or month" : "month";
  return fail(
    400,
    "validation",
    `That chart would need ${buckets} ${interval}s × ${series} series = ${buckets * series} points, more than the ${maxTimeseriesPoints} it can show. ` +
      (interval === "month"
        ? "Shorten the window or narrow the filters."
        : `Widen the interval to ${wider}, or shorten the window.`),
    {
      errors: [
        {
          field: "interval",
          message: `too many points at ${interval} intervals; widen the interval`,
        },
      ],
    },
  );
}

/** The bucket labels of a window, refusing charts too big to read as the server does. */
export function calendarBuckets(
  fromMs: number,
  toMs: number,
  interval: StatsInterval,
  series: number,
): string[] {
  const rough = Math.ceil((toMs - fromMs) / (roughDays[interval] * 86_400_000));
  if (rough * series > maxTimeseriesPoints * 1.5)
    tooManyPoints(rough, series, interval);
  const last = ukDate(toMs - 1);
  const labels: string[] = [];
  for (
    let day = bucketStart(ukDate(fromMs), interval);
    day <= last;
    day = nextBucket(day, interval)
  )
    labels.push(day);
  if (labels.length * series > maxTimeseriesPoints)
    tooManyPoints(labels.length, series, interval);
  return labels;
}
