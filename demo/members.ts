// About 150 PortSafe members: several organisations at each leading gateway, one at most smaller
// ports. A founding cohort joined when the scheme launched; the rest joined steadily since.
import {
  londonDate,
  reviewState,
  reviewTriggerRisks,
  type Assessment,
  type Member,
  type MemberRecord,
  type MemberType,
  type Port,
  type Report,
} from "../src/domain";
import {
  accountableManagerName,
  contactEmail,
  dramaPhoneNumber,
  fictitiousPerson,
} from "./people";
import type { Random } from "./random";
import { shortPortName } from "./text/composeReportText";
import {
  isoDate,
  isoDateTime,
  isoDateToMs,
  msPerDay,
  msPerHour,
  msPerYear,
  yearsBefore,
} from "./time";

/** A member plus what only the generator needs (who signs off its PSeMS assessments). */
export interface GeneratedMember {
  member: MemberRecord;
  accountableManager: string | null;
}

const contactRoles = [
  "PFSO",
  "Port Security Manager",
  "Security Team Leader",
  "Head of Security",
];

const memberCountByTier: Record<number, readonly [number, number][]> = {
  1: [
    [3, 2],
    [4, 1],
  ],
  2: [
    [0, 15],
    [1, 70],
    [2, 15],
  ],
  3: [
    [0, 70],
    [1, 30],
  ],
};

const otherTypes: readonly [MemberType, number][] = [
  ["terminal_operator", 35],
  ["security_provider", 25],
  ["port_facility", 15],
  ["logistics_operator", 15],
  ["shipping_line", 10],
];

const namePatterns: Record<MemberType, readonly string[]> = {
  port_authority: [
    "Port of {p} Ltd",
    "{p} Harbour Authority",
    "{p} Harbour Board",
    "{p} Port Authority",
  ],
  port_facility: [
    "{p} Ro-Ro Terminal",
    "{p} Cruise Terminal",
    "{p} Bulk Terminal",
    "{p} Fuel Jetty",
  ],
  terminal_operator: [
    "{p} Container Terminal Ltd",
    "{p} Stevedoring Ltd",
    "{p} Cargo Handling Ltd",
    "{p} Bulk Terminals Ltd",
  ],
  security_provider: [
    "Harbour Security Services Ltd ({p})",
    "Sentinel Maritime Security Ltd ({p})",
    "Quayguard Ltd ({p})",
    "{p} Port Security Ltd",
    "Tidewater Protective Services Ltd ({p})",
  ],
  shipping_line: [
    "North Channel Ferries Ltd ({p})",
    "Irish Sea Freightways Ltd ({p})",
    "Celtic Sea Shipping Ltd ({p})",
  ],
  logistics_operator: [
    "{p} Freight Services Ltd",
    "{p} Logistics Ltd",
    "{p} Shipping Agency Ltd",
  ],
};

/** The scheme's launch, as far back as the member register goes. */
const registerYears = 6;
const foundingCohortYears = 0.8;

export function generateMembers(
  random: Random,
  ports: readonly Port[],
  nowMs: number,
): GeneratedMember[] {
  const takenNames = new Set<string>();
  const takenEmails = new Set<string>();
  const launchMs = yearsBefore(nowMs, registerYears);
  return ports.flatMap((port) => {
    const count = random.weightedPick(memberCountByTier[port.tier] ?? [[0, 1]]);
    return Array.from({ length: count }, (_, index) => {
      const type =
        index === 0
          ? firstMemberType(random, port)
          : random.weightedPick(otherTypes);
      const name = uniqueName(random, type, port, takenNames);
      const founding = random.chance(
        type === "port_authority" && port.tier === 1 ? 0.7 : 0.3,
      );
      const joinedMs = founding
        ? launchMs + random.float(0, foundingCohortYears) * msPerYear
        : random.float(
            launchMs + foundingCohortYears * msPerYear,
            nowMs - 14 * msPerDay,
          );
      return buildMember(random, {
        port,
        type,
        name,
        joinedMs,
        nowMs,
        takenEmails,
      });
    });
  });
}

function firstMemberType(random: Random, port: Port): MemberType {
  if (/terminal/i.test(port.name)) return "port_facility";
  return port.tier === 1 || random.chance(0.6)
    ? "port_authority"
    : "port_facility";
}

function uniqueName(
  random: Random,
  type: MemberType,
  port: Port,
  taken: Set<string>,
): string {
  const place = shortPortName(port);
  const patterns = random.sample(namePatterns[type], namePatterns[type].length);
  const fresh = patterns
    .map((p) => p.replace("{p}", place))
    .find((name) => !taken.has(name));
  let name = fresh ?? `${place} ${type.replace(/_/g, " ")}`;
  for (let n = 2; taken.has(name); n++) name = `${fresh ?? place} ${n}`;
  taken.add(name);
  return name;
}

interface MemberInput {
  port: Port;
  type: MemberType;
  name: string;
  joinedMs: number;
  nowMs: number;
  takenEmails: Set<string>;
}

function buildMember(random: Random, input: MemberInput): GeneratedMember {
  const { joinedMs, nowMs } = input;
  const contact = fictitiousPerson(random);
  // Port authorities rarely let membership lapse; contractors change more often.
  const active = !random.chance(input.type === "port_authority" ? 0.05 : 0.13);
  const joinedDayMs = Math.floor(joinedMs / msPerDay) * msPerDay;
  const createdMs = joinedDayMs + random.float(8, 17) * msPerHour;
  const edits = random.int(0, 3);
  return {
    member: {
      id: random.uuid(),
      name: input.name,
      type: input.type,
      portId: input.port.id,
      contactName: contact.name,
      contactRole: random.pick(contactRoles),
      contactEmail: contactEmail(contact, input.takenEmails),
      contactPhone: random.chance(0.8) ? dramaPhoneNumber(random) : null,
      joinedOn: isoDate(joinedDayMs),
      assetPackIssued: random.chance(active ? 0.85 : 0.5),
      actAccess: random.chance(active ? 0.6 : 0.3),
      newsletter: random.chance(active ? 0.75 : 0.2),
      status: active ? "active" : "lapsed",
      majorChangeOn: null,
      createdAt: isoDateTime(createdMs),
      updatedAt: isoDateTime(
        edits === 0 ? createdMs : random.float(createdMs, nowMs),
      ),
      version: 1 + edits,
    },
    accountableManager: random.chance(0.9)
      ? accountableManagerName(random)
      : null,
  };
}

/**
 * Records a major change at a few assessed members (from their own random stream, so the rest
 * of the dataset is unchanged) and adds where each member's review stands as of `now`, by the
 * same domain rule the server applies.
 */
export function withReviewState(
  random: Random,
  records: readonly MemberRecord[],
  assessments: readonly Assessment[],
  highRiskReports: HighRiskReportDays,
  nowMs: number,
): Member[] {
  const today = londonDate(new Date(nowMs));
  return records.map((record) => {
    const lastCompletedOn =
      assessments
        .filter((a) => a.memberId === record.id && a.completedOn !== null)
        .map((a) => a.completedOn as string)
        .sort()
        .at(-1) ?? null;
    const majorChangeOn =
      lastCompletedOn !== null && random.chance(0.08)
        ? isoDate(random.float(isoDateToMs(lastCompletedOn), nowMs - msPerDay))
        : null;
    const highRiskReportsOn = highRiskReports.at(record.portId);
    return {
      ...record,
      majorChangeOn,
      ...reviewState({
        lastCompletedOn,
        majorChangeOn,
        highRiskReportsOn,
        today,
      }),
    };
  });
}

/** The days (London time) of the reports at each port whose risk brings a member's review forward. */
export class HighRiskReportDays {
  private readonly byPort = new Map<string, string[]>();

  add(report: Pick<Report, "portId" | "risk" | "receivedAt">): void {
    if (report.risk === null || !reviewTriggerRisks.includes(report.risk))
      return;
    const days = this.byPort.get(report.portId) ?? [];
    days.push(londonDate(report.receivedAt));
    this.byPort.set(report.portId, days);
  }

  at(portId: string): string[] {
    return this.byPort.get(portId) ?? [];
  }
}
