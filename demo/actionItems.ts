// Action items on the demo's completed PSeMS assessments: one for each weak element.
import {
  defaultPsemsElements,
  type ActionItem,
  type Assessment,
} from "../src/domain";
import type { Random } from "./random";
import { isoDate, isoDateToMs, msPerDay } from "./time";

const actionOwners = [
  "PFSO",
  "Port Security Manager",
  "Head of Security",
  "Accountable manager",
];

/**
 * An action item for each element scored 0 or 1 in a completed assessment, due six months
 * later; most past their date are done. Drawn from their own random stream (`random`), so adding
 * them leaves every other part of the dataset as it was.
 */
export function withActionItems(
  random: Random,
  assessments: readonly Assessment[],
  nowMs: number,
): Assessment[] {
  const elementNames = new Map(
    defaultPsemsElements.map((e) => [e.key, e.name]),
  );
  return assessments.map((assessment) => {
    if (assessment.status !== "completed" || assessment.completedOn === null)
      return assessment;
    const completedMs = isoDateToMs(assessment.completedOn);
    const actionItems: ActionItem[] = Object.entries(assessment.scores)
      .filter(([, score]) => score <= 1)
      .map(([key]) => {
        const dueMs = completedMs + random.float(90, 270) * msPerDay;
        const pastDue = dueMs < nowMs;
        return {
          id: random.uuid(),
          description: `Raise the maturity of ${elementNames.get(key) ?? key}`,
          owner: random.pick(actionOwners),
          dueOn: isoDate(dueMs),
          status: pastDue
            ? random.chance(0.8)
              ? "done"
              : "open"
            : random.chance(0.5)
              ? "in_progress"
              : "open",
        };
      });
    return { ...assessment, actionItems };
  });
}
