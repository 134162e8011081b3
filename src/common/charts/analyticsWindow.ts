// The time window of the map and trends pages. The analyst picks UK calendar days (a preset or
// a custom range); the API takes instants, so each day runs from UK midnight to the next UK
// midnight, whatever the browser's own time zone. Statistics are bucketed on UK clocks too.
import { statsTimeZone } from "../../domain";

export const windowPresets = ["30", "90", "365", "custom"] as const;
export type WindowPreset = (typeof windowPresets)[number];

/** A window of whole UK calendar days, both ends included. */
export interface DayWindow {
  preset: WindowPreset;
  /** YYYY-MM-DD */
  fromDay: string;
  /** YYYY-MM-DD, included */
  toDay: string;
}

const ukDayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: statsTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const ukWallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: statsTimeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

/** The UK calendar date (YYYY-MM-DD) of an instant. */
export function ukDay(instant: Date): string {
  return ukDayFormat.format(instant);
}

/** Calendar arithmetic in UTC, where days are always 24 hours long. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round(
    (Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) /
      86_400_000,
  );
}

/** Minutes the UK clock is ahead of UTC at an instant (0 in winter, 60 in summer). */
function ukOffsetMinutes(ms: number): number {
  const parts = Object.fromEntries(
    ukWallClock.formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((wall - ms) / 60_000);
}

/** The instant a UK calendar day starts. Clocks change at 01:00 UTC, so midnight is never ambiguous. */
export function ukMidnight(day: string): string {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  return new Date(
    utcMidnight - ukOffsetMinutes(utcMidnight) * 60_000,
  ).toISOString();
}

/** The last N UK days, today included. */
export function presetWindow(preset: WindowPreset, now: Date): DayWindow {
  const toDay = ukDay(now);
  const days = preset === "custom" ? 90 : Number(preset);
  return { preset, fromDay: addDays(toDay, 1 - days), toDay };
}

/** The window as the API's half-open range of instants [from, to). */
export function windowInstants(window: Pick<DayWindow, "fromDay" | "toDay">): {
  from: string;
  to: string;
} {
  return {
    from: ukMidnight(window.fromDay),
    to: ukMidnight(addDays(window.toDay, 1)),
  };
}

/** Whether a custom range can be asked for: real dates, in order. */
export function windowProblem(window: DayWindow): string | null {
  const valid = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day);
  if (!valid(window.fromDay) || !valid(window.toDay))
    return "Enter both dates.";
  if (window.fromDay > window.toDay)
    return "The start date must be on or before the end date.";
  return null;
}

/** The weeks of a window for the timeline: 7-day steps from its first day, the last maybe shorter. */
export function windowWeeks(window: DayWindow): DayWindow[] {
  const weeks: DayWindow[] = [];
  for (let day = window.fromDay; day <= window.toDay; day = addDays(day, 7)) {
    const end = addDays(day, 6);
    weeks.push({
      preset: "custom",
      fromDay: day,
      toDay: end < window.toDay ? end : window.toDay,
    });
  }
  return weeks;
}

const dayLabel = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
  year: "numeric",
});

/** 3 Mar 2026, for a YYYY-MM-DD calendar date. */
export function formatDay(day: string): string {
  return dayLabel.format(new Date(`${day}T00:00:00Z`));
}

export function formatDayRange(
  window: Pick<DayWindow, "fromDay" | "toDay">,
): string {
  return `${formatDay(window.fromDay)} to ${formatDay(window.toDay)}`;
}

/** The UK days an answer covers, from its half-open range of instants. */
export function daysOfRange(range: { from: string; to: string }): {
  fromDay: string;
  toDay: string;
} {
  return {
    fromDay: ukDay(new Date(range.from)),
    toDay: ukDay(new Date(Date.parse(range.to) - 1)),
  };
}
