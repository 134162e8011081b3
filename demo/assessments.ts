// PSeMS assessments with partial, realistic coverage: about three in five active members have
// started the four-step journey, fewer have reached an independent review or an on-site
// evaluation, and founding members' first analyses are now falling due or overdue.
import {
  defaultPsemsElements,
  defaultReviewCycleYears,
  type Assessment,
  type AssessmentKind,
  type AssessmentStatus,
} from "../src/domain";
import type { GeneratedMember } from "./members";
import { assessorName } from "./people";
import type { Random } from "./random";
import {
  addYearsToIsoDate,
  isoDate,
  isoDateTime,
  isoDateToMs,
  msPerDay,
} from "./time";

interface Stage {
  kind: AssessmentKind;
  step: number;
  /** Chance that a member who finished the previous stage goes on to this one. */
  uptake: number;
  /** An optional stage that is skipped, rather than ending the journey, when not taken up. */
  optional?: boolean;
  durationDays: readonly [number, number];
}

/** The four-step journey; step 2 (the improvement plan) is recorded against the GAP analysis. */
const journey: readonly Stage[] = [
  { kind: "self_gap_analysis", step: 1, uptake: 1, durationDays: [20, 100] },
  {
    kind: "self_gap_analysis",
    step: 2,
    uptake: 0.35,
    optional: true,
    durationDays: [30, 120],
  },
  { kind: "independent_review", step: 3, uptake: 0.6, durationDays: [20, 70] },
  { kind: "on_site_evaluation", step: 4, uptake: 0.55, durationDays: [3, 20] },
];

const coverageShare = { active: 0.62, lapsed: 0.3 } as const;

export function generateAssessments(
  random: Random,
  members: readonly GeneratedMember[],
  nowMs: number,
): Assessment[] {
  return members.flatMap((generated) =>
    random.chance(coverageShare[generated.member.status])
      ? journeyOf(random, generated, nowMs)
      : [],
  );
}

function journeyOf(
  random: Random,
  { member, accountableManager }: GeneratedMember,
  nowMs: number,
): Assessment[] {
  const joinedMs = isoDateToMs(member.joinedOn);
  const records: Assessment[] = [];
  let maturity = random.float(0.8, 2.2);
  let startMs = joinedMs + random.float(30, 270) * msPerDay;
  let previousEndMs = joinedMs;

  for (const stage of journey) {
    if (!random.chance(stage.uptake)) {
      if (stage.optional) continue;
      break;
    }
    const base = {
      memberId: member.id,
      kind: stage.kind,
      step: stage.step,
      accountableManager,
    };
    if (startMs > nowMs) {
      if (random.chance(0.7)) {
        const createdMs = random.float(previousEndMs, nowMs);
        records.push(
          record(random, {
            ...base,
            status: "planned",
            startMs: null,
            endMs: startMs + 60 * msPerDay,
            createdMs,
            updatedMs: createdMs,
            maturity,
          }),
        );
      }
      break;
    }
    const endMs = startMs + random.float(...stage.durationDays) * msPerDay;
    const createdMs = Math.max(
      joinedMs,
      startMs - random.float(3, 30) * msPerDay,
    );
    if (random.chance(0.04)) {
      const updatedMs = Math.min(
        nowMs,
        startMs + random.float(5, 40) * msPerDay,
      );
      records.push(
        record(random, {
          ...base,
          status: "cancelled",
          startMs,
          endMs,
          createdMs,
          updatedMs,
          maturity,
        }),
      );
      break;
    }
    if (endMs > nowMs) {
      records.push(
        record(random, {
          ...base,
          status: "in_progress",
          startMs,
          endMs,
          createdMs,
          updatedMs: random.float(startMs, nowMs),
          maturity,
        }),
      );
      break;
    }
    const updatedMs = Math.min(nowMs, endMs + random.float(0, 5) * msPerDay);
    records.push(
      record(random, {
        ...base,
        status: "completed",
        startMs,
        endMs,
        createdMs,
        updatedMs,
        maturity,
      }),
    );
    maturity += random.float(0.1, 0.6);
    previousEndMs = endMs;
    startMs = endMs + random.float(60, 540) * msPerDay;
  }
  const renewal = renewalOf(random, records.at(-1), nowMs);
  return renewal ? [...records, renewal] : records;
}

/**
 * As a review falls due, about half of members start the next cycle with a fresh GAP analysis.
 * It is never completed here, so members whose review is overdue stay overdue.
 */
function renewalOf(
  random: Random,
  last: Assessment | undefined,
  nowMs: number,
): Assessment | null {
  if (last?.status !== "completed") return null;
  const dueMs = isoDateToMs(last.dueOn);
  if (dueMs - nowMs > 365 * msPerDay || !random.chance(0.5)) return null;
  const startMs = dueMs - random.float(30, 240) * msPerDay;
  const base = {
    memberId: last.memberId,
    kind: "self_gap_analysis" as const,
    step: 1,
    accountableManager: last.accountableManager,
    endMs: startMs + random.float(30, 90) * msPerDay,
    maturity: 2,
  };
  if (startMs > nowMs) {
    const createdMs = nowMs - random.float(1, 90) * msPerDay;
    return record(random, {
      ...base,
      status: "planned",
      startMs: null,
      createdMs,
      updatedMs: createdMs,
    });
  }
  const createdMs = startMs - random.float(3, 30) * msPerDay;
  return record(random, {
    ...base,
    status: "in_progress",
    startMs,
    createdMs,
    updatedMs: random.float(startMs, nowMs),
  });
}

interface RecordInput {
  memberId: string;
  kind: AssessmentKind;
  step: number;
  status: AssessmentStatus;
  accountableManager: string | null;
  startMs: number | null;
  /** Completion date when completed; otherwise the target date. */
  endMs: number;
  createdMs: number;
  updatedMs: number;
  maturity: number;
}

const versionRange: Record<AssessmentStatus, readonly [number, number]> = {
  planned: [1, 1],
  in_progress: [1, 3],
  completed: [2, 5],
  cancelled: [2, 3],
};

function record(random: Random, input: RecordInput): Assessment {
  const completedOn =
    input.status === "completed" ? isoDate(input.endMs) : null;
  const external = input.kind !== "self_gap_analysis";
  const reviewerName =
    external && (input.status !== "planned" || random.chance(0.6))
      ? assessorName(random)
      : null;
  return {
    id: random.uuid(),
    memberId: input.memberId,
    kind: input.kind,
    step: input.step,
    status: input.status,
    startedOn: input.startMs === null ? null : isoDate(input.startMs),
    completedOn,
    dueOn: completedOn
      ? addYearsToIsoDate(completedOn, defaultReviewCycleYears)
      : isoDate(input.endMs),
    reviewerName,
    // Every named reviewer declares any conflict of interest before starting.
    conflictOfInterestDeclared: reviewerName !== null,
    accountableManager: input.accountableManager,
    scores: scoresFor(random, input.status, input.maturity),
    actionItems: [],
    baselineId: null,
    createdAt: isoDateTime(input.createdMs),
    updatedAt: isoDateTime(Math.max(input.createdMs, input.updatedMs)),
    version: random.int(...versionRange[input.status]),
  };
}

/** Maturity 0–4 per element: all elements once completed, the first few while in progress. */
function scoresFor(
  random: Random,
  status: AssessmentStatus,
  maturity: number,
): Record<string, number> {
  const scored =
    status === "completed"
      ? defaultPsemsElements.length
      : status === "in_progress"
        ? random.int(1, defaultPsemsElements.length - 2)
        : 0;
  return Object.fromEntries(
    defaultPsemsElements
      .slice(0, scored)
      .map(({ key }) => [
        key,
        Math.max(0, Math.min(4, Math.round(maturity + random.normal(0, 0.6)))),
      ]),
  );
}
