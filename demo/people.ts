// Fictitious people and contact details for members and assessments. Phone numbers come from
// Ofcom's ranges reserved for drama, so none of them can ring a real person.
import type { Random } from "./random";

const firstNames = [
  "Aisha",
  "Alan",
  "Amrit",
  "Andrew",
  "Bethan",
  "Callum",
  "Catherine",
  "Ciaran",
  "Claire",
  "Daniel",
  "Deborah",
  "Eilidh",
  "Emma",
  "Fergus",
  "Fiona",
  "Gareth",
  "Grace",
  "Hannah",
  "Imran",
  "Iona",
  "James",
  "Joanne",
  "Kamal",
  "Karen",
  "Liam",
  "Lucy",
  "Mark",
  "Megan",
  "Niamh",
  "Oliver",
  "Paul",
  "Rachel",
  "Rhys",
  "Ruth",
  "Sanjay",
  "Sarah",
  "Siobhan",
  "Stuart",
  "Tariq",
  "Yvonne",
];

const lastNames = [
  "Ahmed",
  "Armstrong",
  "Baxter",
  "Bell",
  "Campbell",
  "Carter",
  "Clarke",
  "Davies",
  "Doherty",
  "Evans",
  "Fraser",
  "Gallagher",
  "Grant",
  "Hughes",
  "Hussain",
  "Jenkins",
  "Kaur",
  "Kelly",
  "Lewis",
  "MacLeod",
  "McAllister",
  "Morgan",
  "Murphy",
  "Nowak",
  "O'Neill",
  "Owen",
  "Patel",
  "Price",
  "Quinn",
  "Reid",
  "Robertson",
  "Shah",
  "Sinclair",
  "Stewart",
  "Taylor",
  "Thomas",
  "Walsh",
  "Watson",
  "Williams",
  "Young",
];

export interface FictitiousPerson {
  first: string;
  last: string;
  name: string;
}

export function fictitiousPerson(random: Random): FictitiousPerson {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  return { first, last, name: `${first} ${last}` };
}

/** Ofcom drama ranges: 01632 960xxx, 020 7946 0xxx, 0113 496 0xxx, 0117 496 0xxx, 07700 900xxx. */
const dramaNumberPrefixes = [
  "01632 960",
  "020 7946 0",
  "0113 496 0",
  "0117 496 0",
  "07700 900",
];

export function dramaPhoneNumber(random: Random): string {
  return `${random.pick(dramaNumberPrefixes)}${String(random.int(0, 999)).padStart(3, "0")}`;
}

/** firstname.lastname@example.co.uk, made unique with a number when two people share a name. */
export function contactEmail(
  person: FictitiousPerson,
  taken: Set<string>,
): string {
  const local = `${person.first}.${person.last}`
    .toLowerCase()
    .replace(/[^a-z.]/g, "");
  let candidate = `${local}@example.co.uk`;
  for (let n = 2; taken.has(candidate); n++)
    candidate = `${local}${n}@example.co.uk`;
  taken.add(candidate);
  return candidate;
}

const boardTitles = [
  "Chief Executive",
  "Chief Operating Officer",
  "Harbour Master",
  "Operations Director",
  "Managing Director",
];

export function accountableManagerName(random: Random): string {
  return `${fictitiousPerson(random).name}, ${random.pick(boardTitles)}`;
}

const assessorNames = [
  "Dr Alison Reeve",
  "Graham Whitlock",
  "Morag Cunningham",
  "Dr Femi Adeyemi",
  "Peter Lindqvist",
  "Helen Marsh",
  "Colin Fairbairn",
  "Dr Nadia Rahman",
];

export function assessorName(random: Random): string {
  return random.pick(assessorNames);
}
