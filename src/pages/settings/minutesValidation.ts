// Validators for the SLA minutes, from the contract's schemas (src/domain/sla.ts) but worded for
// people: the schema's own messages are zod's defaults ("Too small: expected number to be >=1").
import type { Validator } from "react-admin";
import type { z } from "zod";

const minutesPerHour = 60;
const minutesPerDay = 24 * minutesPerHour;

/** 10080 → "7 days"; 90 → "1 h 30 min". */
export function durationInWords(minutes: number): string {
  const days = Math.floor(minutes / minutesPerDay);
  const hours = Math.floor((minutes % minutesPerDay) / minutesPerHour);
  const rest = minutes % minutesPerHour;
  const parts = [
    days > 0 ? `${days} ${days === 1 ? "day" : "days"}` : "",
    hours > 0 ? `${hours} h` : "",
    rest > 0 ? `${rest} min` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "0 min";
}

export function minutesValidator(schema: z.ZodType<number>): Validator {
  return (value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) return undefined;
    const issue = result.error.issues[0];
    if (issue?.code === "too_small")
      return {
        message: "security.settings.atLeast",
        args: { min: Number(issue.minimum) },
      };
    if (issue?.code === "too_big") {
      const max = Number(issue.maximum);
      return {
        message: "security.settings.atMost",
        args: { max, words: durationInWords(max) },
      };
    }
    return "security.settings.wholeMinutes";
  };
}
