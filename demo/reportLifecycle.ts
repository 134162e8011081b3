// Where a report has got to, given its age: the desk clears new reports within days, works them
// for weeks, and closes almost everything older than two months. Every timestamp stays between
// receipt and `now`, and the fields agree with the state machine (actioned needs a risk, etc.).
import type {
  ClosureReason,
  Port,
  ReportCategory,
  ReportStatus,
  RiskLevel,
} from "../src/domain";
import type { Random } from "./random";
import { riskRationaleFor } from "./riskRationale";
import { isoDateTime, msPerDay, msPerHour, msPerMinute } from "./time";
import type { DemoUser, ReportDraft } from "./types";

export type Lifecycle = Pick<
  ReportDraft,
  | "status"
  | "risk"
  | "riskRationale"
  | "assigneeId"
  | "closureReason"
  | "firstAssessedAt"
  | "closedAt"
  | "updatedAt"
  | "version"
>;

/** Status mix by age in days: the first band whose limit exceeds the age applies. */
const statusByAge: readonly {
  underDays: number;
  mix: [ReportStatus, number][];
}[] = [
  {
    underDays: 7,
    mix: [
      ["new", 80],
      ["triage", 14],
      ["on_hold", 2],
      ["closed", 4],
    ],
  },
  {
    underDays: 14,
    mix: [
      ["new", 55],
      ["triage", 25],
      ["on_hold", 6],
      ["actioned", 8],
      ["closed", 6],
    ],
  },
  {
    underDays: 30,
    mix: [
      ["new", 25],
      ["triage", 25],
      ["on_hold", 10],
      ["actioned", 20],
      ["closed", 20],
    ],
  },
  {
    underDays: 60,
    mix: [
      ["new", 3],
      ["triage", 10],
      ["on_hold", 10],
      ["actioned", 27],
      ["closed", 50],
    ],
  },
  {
    underDays: Infinity,
    mix: [
      ["on_hold", 1],
      ["actioned", 2],
      ["closed", 97],
    ],
  },
];

const defaultRiskMix: [RiskLevel, number][] = [
  ["immediate", 3],
  ["high", 17],
  ["medium", 45],
  ["low", 35],
];

const riskMixByCategory: Partial<
  Record<ReportCategory, [RiskLevel, number][]>
> = {
  terrorism_hostile_reconnaissance: [
    ["immediate", 12],
    ["high", 38],
    ["medium", 35],
    ["low", 15],
  ],
  firearms_weapons: [
    ["immediate", 12],
    ["high", 38],
    ["medium", 35],
    ["low", 15],
  ],
  insider_threat: [
    ["immediate", 5],
    ["high", 30],
    ["medium", 45],
    ["low", 20],
  ],
  excise_smuggling: [
    ["immediate", 1],
    ["high", 10],
    ["medium", 44],
    ["low", 45],
  ],
  other: [
    ["immediate", 1],
    ["high", 8],
    ["medium", 36],
    ["low", 55],
  ],
};

const closureMix: [ClosureReason, number][] = [
  ["intelligence_retained", 38],
  ["actioned_disrupted", 17],
  ["insufficient_information", 22],
  ["duplicate", 10],
  ["not_port_matter", 9],
  ["malicious_false", 4],
];

/** How long the first risk assessment takes: minutes for immediate risk, days for low. */
const assessmentDelayHours: Record<RiskLevel, [number, number]> = {
  immediate: [0.1, 1],
  high: [0.5, 8],
  medium: [2, 48],
  low: [6, 96],
};

const versionRange: Record<ReportStatus, [number, number]> = {
  new: [1, 1],
  triage: [2, 3],
  on_hold: [3, 5],
  actioned: [3, 5],
  closed: [3, 6],
};

export interface LifecycleInput {
  receivedMs: number;
  nowMs: number;
  category: ReportCategory;
  port: Port;
  deskOfficers: readonly DemoUser[];
}

export function decideLifecycle(
  random: Random,
  input: LifecycleInput,
): Lifecycle {
  const { receivedMs, nowMs, category } = input;
  const ageDays = (nowMs - receivedMs) / msPerDay;
  const band = statusByAge.find(({ underDays }) => ageDays < underDays);
  const status: ReportStatus = band ? random.weightedPick(band.mix) : "closed";
  const [minVersion, maxVersion] = versionRange[status];
  const version = random.int(minVersion, maxVersion);

  if (status === "new") {
    return {
      status,
      risk: null,
      riskRationale: null,
      assigneeId: null,
      closureReason: null,
      firstAssessedAt: null,
      closedAt: null,
      updatedAt: isoDateTime(receivedMs),
      version,
    };
  }

  // The officer who claimed it; the demo "desk" account holds the biggest share of the queue.
  const assignee = random.weightedPick(
    input.deskOfficers.map(
      (user, index) => [user, index === 0 ? 3 : 1] as const,
    ),
  );
  const assessed = status !== "triage" || random.chance(0.5);
  const onHoldUnassessed = status === "on_hold" && random.chance(0.15);
  const risk =
    assessed && !onHoldUnassessed ? pickRisk(random, category) : null;
  const assessedMs = risk ? assessedAt(random, risk, receivedMs, nowMs) : null;

  let closedMs: number | null = null;
  let updatedMs: number;
  if (status === "closed") {
    const workedDays = Math.min(60, Math.abs(random.normal(0, 12)) + 0.5);
    closedMs = Math.min(
      (assessedMs ?? receivedMs) + workedDays * msPerDay,
      nowMs,
    );
    updatedMs = closedMs;
  } else {
    updatedMs = random.float(assessedMs ?? receivedMs, nowMs);
  }

  return {
    status,
    risk,
    riskRationale: risk
      ? riskRationaleFor(random, risk, category, input.port)
      : null,
    assigneeId: assignee.id,
    closureReason: status === "closed" ? random.weightedPick(closureMix) : null,
    firstAssessedAt: assessedMs === null ? null : isoDateTime(assessedMs),
    closedAt: closedMs === null ? null : isoDateTime(closedMs),
    updatedAt: isoDateTime(updatedMs),
    version,
  };
}

function pickRisk(random: Random, category: ReportCategory): RiskLevel {
  return random.weightedPick(riskMixByCategory[category] ?? defaultRiskMix);
}

function assessedAt(
  random: Random,
  risk: RiskLevel,
  receivedMs: number,
  nowMs: number,
): number {
  const [minHours, maxHours] = assessmentDelayHours[risk];
  const assessedMs =
    receivedMs +
    Math.max(random.float(minHours, maxHours) * msPerHour, msPerMinute);
  // A report that arrived moments ago was assessed some time since, not exactly now.
  return assessedMs < nowMs ? assessedMs : random.float(receivedMs, nowMs);
}
