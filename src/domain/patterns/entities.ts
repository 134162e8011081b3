// Named things a report mentions that could link reports from different ports: vessels,
// companies and UK vehicle registrations. Pure regular expressions over the report's text, so the
// same extraction runs in the server, the mocks and the unit tests.

export type EntityKind = "vessel" | "company" | "vehicle";

/** Ship prefixes (motor vessel, motor tanker, fishing vessel, …) followed by a capitalised name. */
const vesselPattern =
  /\b(MV|M\/V|MT|MS|FV|SS|RV)[ \t]+([A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|[IVX]{1,4}|\d{1,3}))*)/g;

/** Up to five capitalised words before a company suffix. */
const companyPattern =
  /((?:[A-Z][A-Za-z&'’-]*[ \t]+){1,5})(Ltd|LTD|Limited|PLC|Plc|plc|LLP)\b/g;

/** The current UK format: two letters, age identifier, three letters (AB12 CDE). */
const registrationPattern = /\b([A-Z]{2}[0-9]{2})[ \t]?([A-Z]{3})\b/gi;

/** Sentence-start words that a capitalised-word run would otherwise swallow into a company name. */
const leadingWords = new Set([
  "The",
  "A",
  "An",
  "At",
  "By",
  "For",
  "From",
  "To",
  "With",
  "And",
  "Of",
  "In",
  "On",
  "Via",
  "Both",
  "Said",
]);

const companySuffix: Record<string, string> = {
  Ltd: "Ltd",
  LTD: "Ltd",
  Limited: "Ltd",
  PLC: "PLC",
  Plc: "PLC",
  plc: "PLC",
  LLP: "LLP",
};

function companyName(words: string, suffix: string): string | null {
  const parts = words.trim().split(/[ \t]+/);
  while (parts.length > 0 && leadingWords.has(parts[0]!)) parts.shift();
  return parts.length > 0
    ? `${parts.join(" ")} ${companySuffix[suffix] ?? suffix}`
    : null;
}

/** The entities a text names, each once, in a canonical spelling (e.g. "Limited" becomes "Ltd"). */
export function extractEntities(text: string): string[] {
  const found = new Map<string, string>();
  const add = (label: string | null) => {
    if (label)
      found.set(entityKey(label), found.get(entityKey(label)) ?? label);
  };
  for (const match of text.matchAll(vesselPattern))
    add(`${match[1]!.replace("M/V", "MV")} ${match[2]!}`);
  for (const match of text.matchAll(companyPattern))
    add(companyName(match[1]!, match[2]!));
  for (const match of text.matchAll(registrationPattern))
    add(`${match[1]!.toUpperCase()} ${match[2]!.toUpperCase()}`);
  return [...found.values()];
}

/** Case and spacing do not make a different entity. */
export function entityKey(label: string): string {
  return label.toUpperCase().replace(/\s+/g, " ").trim();
}

export function entityKind(label: string): EntityKind {
  if (/^(MV|MT|MS|FV|SS|RV) /.test(label)) return "vessel";
  if (/ (Ltd|PLC|LLP)$/.test(label)) return "company";
  return "vehicle";
}
