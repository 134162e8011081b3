// A desk officer's THRIVE note (threat, harm, risk, investigation, vulnerability, engagement),
// written the way the desk writes them: short clauses, naming who the report goes to.
import {
  categoryLabels,
  type Port,
  type ReportCategory,
  type RiskLevel,
} from "../src/domain";
import type { Random } from "./random";

const threatByRisk: Record<RiskLevel, readonly string[]> = {
  immediate: [
    "activity described as happening now or within 24 hours",
    "specific time and place given for an imminent event",
  ],
  high: [
    "specific, credible detail about people and vehicles involved",
    "pattern consistent with organised crime group activity",
  ],
  medium: [
    "plausible but partly second-hand account",
    "credible detail, no indication of imminence",
  ],
  low: [
    "general concern without specific detail",
    "historic information with little current detail",
  ],
};

const harmByRisk: Record<RiskLevel, readonly string[]> = {
  immediate: ["serious harm to people possible", "potential threat to life"],
  high: [
    "significant harm to the port and community",
    "serious financial and security harm",
  ],
  medium: [
    "moderate harm if it continues",
    "harm mainly financial or reputational",
  ],
  low: ["limited harm", "low harm; mainly a compliance concern"],
};

const vulnerability: readonly string[] = [
  "no vulnerable person identified",
  "workers named as possibly coerced; safeguarding considered",
  "anonymity of the source protected; no onward detail that could identify them",
];

const investigationByRisk: Record<RiskLevel, readonly string[]> = {
  immediate: [
    "passed by phone for immediate deployment",
    "urgent intelligence referral made",
  ],
  high: [
    "intelligence report submitted and referral made",
    "development of the intelligence requested",
  ],
  medium: [
    "intelligence report submitted",
    "checks against previous PortSafe reports made",
  ],
  low: ["recorded for pattern analysis", "retained for intelligence"],
};

function pick(random: Random, phrases: readonly string[]): string {
  return random.pick(phrases);
}

export function riskRationaleFor(
  random: Random,
  risk: RiskLevel,
  category: ReportCategory,
  port: Port,
): string {
  const engaged = port.portPoliceForce ?? port.territorialPoliceForce;
  return [
    `Threat: ${categoryLabels[category].toLowerCase()}; ${pick(random, threatByRisk[risk])}.`,
    `Harm: ${pick(random, harmByRisk[risk])}.`,
    `Risk: ${risk}.`,
    `Investigation: ${pick(random, investigationByRisk[risk])}.`,
    `Vulnerability: ${pick(random, vulnerability)}.`,
    `Engagement: ${engaged} informed.`,
  ].join(" ");
}
