// When reports arrive: busier in summer (peak freight, ferry and cruise season), on weekdays and in
// working hours, with a slow rise as the scheme becomes better known. The hotline takes calls at
// all hours, so night reports exist, just fewer of them.
import type { Channel } from "../src/domain";
import type { Random } from "./random";
import { msPerDay } from "./time";

/** January to December. */
const monthWeights = [
  0.8, 0.78, 0.85, 0.92, 1.0, 1.12, 1.22, 1.25, 1.08, 0.95, 0.85, 0.82,
];

/** Sunday to Saturday. */
const weekdayWeights = [0.62, 1.05, 1.08, 1.08, 1.05, 1.0, 0.7];

/** Hour of the day (UK local time) to relative volume, per channel. */
const hourWeights: Record<Channel, readonly number[]> = {
  hotline: [
    0.3, 0.25, 0.25, 0.25, 0.3, 0.4, 0.6, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0.9, 0.75, 0.65, 0.6, 0.5, 0.4,
  ],
  // Online reports are often written after a shift, so evenings stay busy.
  online: [
    0.3, 0.2, 0.15, 0.15, 0.15, 0.2, 0.35, 0.55, 0.8, 0.9, 0.9, 0.9, 0.95, 0.9,
    0.9, 0.9, 0.95, 1, 1, 1, 0.95, 0.85, 0.65, 0.45,
  ],
  // Direct reports come from port staff and partner agencies during office hours.
  direct: [
    0.03, 0.03, 0.03, 0.03, 0.03, 0.03, 0.05, 0.3, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0.4, 0.15, 0.08, 0.05, 0.05, 0.03, 0.03,
  ],
};

const growthFromOldest = 0.85;
const growthToNewest = 1.15;

const maxWeight =
  Math.max(...monthWeights) * Math.max(...weekdayWeights) * growthToNewest;

/** UK clocks run an hour ahead of UTC in summer; April–October is close enough for a weighting. */
function ukHour(date: Date): number {
  const month = date.getUTCMonth();
  const offset = month >= 3 && month <= 9 ? 1 : 0;
  return (date.getUTCHours() + offset) % 24;
}

function weightAt(
  ms: number,
  channel: Channel,
  startMs: number,
  endMs: number,
): number {
  const date = new Date(ms);
  const progress = (ms - startMs) / (endMs - startMs);
  const growth =
    growthFromOldest + (growthToNewest - growthFromOldest) * progress;
  return (
    (monthWeights[date.getUTCMonth()] ?? 1) *
    (weekdayWeights[date.getUTCDay()] ?? 1) *
    (hourWeights[channel][ukHour(date)] ?? 1) *
    growth
  );
}

/** Draws an instant in [startMs, endMs) by rejection sampling against the weights above. */
export function sampleReceivedAt(
  random: Random,
  channel: Channel,
  startMs: number,
  endMs: number,
): number {
  for (;;) {
    const candidate = random.float(startMs, endMs);
    if (
      random.next() * maxWeight <
      weightAt(candidate, channel, startMs, endMs)
    ) {
      return candidate;
    }
  }
}

/** For campaigns: an instant in a short window, following only the time-of-day pattern. */
export function sampleInWindow(
  random: Random,
  channel: Channel,
  startMs: number,
  endMs: number,
): number {
  for (;;) {
    const candidate = random.float(startMs, endMs);
    const hour = ukHour(new Date(candidate));
    if (random.next() < (hourWeights[channel][hour] ?? 1)) return candidate;
  }
}

/** The span of background reports before `now`. */
export const threeYearsMs = 3 * 365 * msPerDay;
