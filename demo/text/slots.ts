// The slot fillers of report templates: each {slot} draws from a word list or makes a value
// (a registration, a container number, a time) that makes a report specific.
import type { Random } from "../random";
import {
  vesselNames,
  fishingVesselNames,
  hauliers,
  companies,
  roles,
  areas,
  vehicles,
  origins,
  cities,
  goods,
  exciseGoods,
  drugs,
  nationalities,
  weapons,
  days,
  counts,
} from "./vocabulary";

/** UK registrations look like AB12 CDE: area letters, age identifier, random letters. */
function ukRegistration(random: Random): string {
  const letters = "ABCDEFGHJKLMNOPRSTUVWXY";
  const letter = () => letters.charAt(random.int(0, letters.length - 1));
  const year = random.int(14, 24);
  const age = random.chance(0.5) ? year : year + 50;
  return `${letter()}${letter()}${age} ${letter()}${letter()}${letter()}`;
}

/** ISO 6346 style: owner code ending in U, serial and check digit (the digit is not computed). */
function containerNumber(random: Random): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const owner = Array.from({ length: 3 }, () =>
    letters.charAt(random.int(0, 25)),
  ).join("");
  return `${owner}U ${String(random.int(100000, 999999))} ${random.int(1, 9)}`;
}

function clockTime(random: Random): string {
  const hour = String(random.int(0, 23)).padStart(2, "0");
  const minute = String(random.int(0, 11) * 5).padStart(2, "0");
  return `${hour}:${minute}`;
}

/** Late-night times, for what happens after dark. */
function nightTime(random: Random): string {
  const hour = String(random.pick([22, 23, 0, 1, 2, 3, 4])).padStart(2, "0");
  const minute = String(random.int(0, 11) * 5).padStart(2, "0");
  return `${hour}:${minute}`;
}

/** Written out rather than formatted with Intl, which is slow and varies between runtimes. */
function cash(random: Random): string {
  return random.pick([
    "£300",
    "£500",
    "£800",
    "£1,000",
    "£1,500",
    "£2,000",
    "£2,500",
    "£5,000",
  ]);
}

export type SlotName =
  | "vessel"
  | "fishingVessel"
  | "haulier"
  | "company"
  | "role"
  | "area"
  | "vehicle"
  | "reg"
  | "container"
  | "berth"
  | "gate"
  | "time"
  | "nightTime"
  | "day"
  | "origin"
  | "city"
  | "goods"
  | "excise"
  | "drug"
  | "nationality"
  | "weapon"
  | "count"
  | "cash";

export const slotFillers: Record<SlotName, (random: Random) => string> = {
  vessel: (r) => `MV ${r.pick(vesselNames)}`,
  fishingVessel: (r) => `FV ${r.pick(fishingVesselNames)}`,
  haulier: (r) => r.pick(hauliers),
  company: (r) => r.pick(companies),
  role: (r) => r.pick(roles),
  area: (r) => r.pick(areas),
  vehicle: (r) => r.pick(vehicles),
  reg: ukRegistration,
  container: containerNumber,
  berth: (r) => `berth ${r.int(1, 48)}`,
  gate: (r) =>
    `Gate ${r.pick(["1", "2", "3", "4", "5", "7", "9", "A", "B", "C", "D", "North", "South"])}`,
  time: clockTime,
  nightTime,
  day: (r) => r.pick(days),
  origin: (r) => r.pick(origins),
  city: (r) => r.pick(cities),
  goods: (r) => r.pick(goods),
  excise: (r) => r.pick(exciseGoods),
  drug: (r) => r.pick(drugs),
  nationality: (r) => r.pick(nationalities),
  weapon: (r) => r.pick(weapons),
  count: (r) => r.pick(counts),
  cash,
};

export function isSlotName(name: string): name is SlotName {
  return Object.hasOwn(slotFillers, name);
}
