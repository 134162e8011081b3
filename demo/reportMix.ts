// What kind of report arrives where: the category mix (shaped a little by each port's trade),
// the insider type, the channel and the handling marking.
import type {
  Channel,
  Handling,
  InsiderType,
  Port,
  ReportCategory,
} from "../src/domain";
import type { Random } from "./random";

/** Percentages across all ports, from the brief; "other" takes the remainder. */
const nationalCategoryMix: Record<ReportCategory, number> = {
  insider_threat: 18,
  drugs: 20,
  theft_cargo_crime: 15,
  people_smuggling: 10,
  security_breach: 10,
  excise_smuggling: 8,
  fraud_bribery_corruption: 6,
  terrorism_hostile_reconnaissance: 4,
  firearms_weapons: 3,
  modern_slavery: 3,
  other: 3,
};

/** Modest nudges by a port's trade: ferries see people and excise smuggling, containers drugs. */
const tradeNudges: readonly {
  pattern: RegExp;
  boost: Partial<Record<ReportCategory, number>>;
}[] = [
  {
    pattern: /ferry|ro-ro/,
    boost: { people_smuggling: 1.5, excise_smuggling: 1.4 },
  },
  { pattern: /container/, boost: { drugs: 1.3, theft_cargo_crime: 1.2 } },
  {
    pattern: /oil|LNG|gas|terminal/,
    boost: { terrorism_hostile_reconnaissance: 1.8, security_breach: 1.3 },
  },
  { pattern: /fishing/, boost: { modern_slavery: 2.5 } },
];

export function categoryWeightsFor(port: Port): [ReportCategory, number][] {
  const nudges = tradeNudges.filter(({ pattern }) => pattern.test(port.role));
  return Object.entries(nationalCategoryMix).map(([category, weight]) => {
    const key = category as ReportCategory;
    const factor = nudges.reduce((f, { boost }) => f * (boost[key] ?? 1), 1);
    return [key, weight * factor];
  });
}

/** Recruited and coerced insiders dominate what reaches PortSafe. */
const insiderTypeMix: readonly [InsiderType, number][] = [
  ["exploited", 45],
  ["deliberate", 35],
  ["self_initiated", 20],
];

export function pickInsiderType(random: Random): InsiderType {
  return random.weightedPick(insiderTypeMix);
}

const channelMix: readonly [Channel, number][] = [
  ["hotline", 45],
  ["online", 50],
  ["direct", 5],
];

export function pickChannel(random: Random): Channel {
  return random.weightedPick(channelMix);
}

/** Overall about one in five is OFFICIAL-SENSITIVE, far more often for insider and terror reports. */
const sensitiveShare: Partial<Record<ReportCategory, number>> = {
  insider_threat: 0.45,
  terrorism_hostile_reconnaissance: 0.7,
  firearms_weapons: 0.3,
  fraud_bribery_corruption: 0.15,
};

export function pickHandling(
  random: Random,
  category: ReportCategory,
): Handling {
  return random.chance(sensitiveShare[category] ?? 0.1)
    ? "OFFICIAL-SENSITIVE"
    : "OFFICIAL";
}
