// Turns a template into a summary and details: draws sentences, fills each {slot} once per report
// (so the vessel in the summary is the vessel in the details) and keeps the summary to one sentence.
import type { InsiderType, Port, ReportCategory } from "../../src/domain";
import type { Random } from "../random";
import { insiderTemplates } from "./insiderTemplates";
import {
  fraudTemplate,
  hostileReconnaissanceTemplate,
  modernSlaveryTemplate,
  otherTemplate,
  securityBreachTemplate,
  theftTemplate,
} from "./portCrimeTemplates";
import type { ReportTemplate } from "./reportTemplate";
import { isSlotName, slotFillers, type SlotName } from "./slots";
import {
  drugsTemplate,
  exciseTemplate,
  firearmsTemplate,
  peopleSmugglingTemplate,
} from "./smugglingTemplates";

const templatesByCategory: Record<
  Exclude<ReportCategory, "insider_threat">,
  ReportTemplate
> = {
  drugs: drugsTemplate,
  people_smuggling: peopleSmugglingTemplate,
  firearms_weapons: firearmsTemplate,
  excise_smuggling: exciseTemplate,
  terrorism_hostile_reconnaissance: hostileReconnaissanceTemplate,
  theft_cargo_crime: theftTemplate,
  fraud_bribery_corruption: fraudTemplate,
  security_breach: securityBreachTemplate,
  modern_slavery: modernSlaveryTemplate,
  other: otherTemplate,
};

/** Closing remarks Crimestoppers often adds; none of them says anything about the reporter. */
const closingRemarks = [
  "No further details were given.",
  "The information is believed to be current.",
  "The report was made shortly after the events described.",
  "It is not known whether this has been reported elsewhere.",
];

export function templateFor(
  category: ReportCategory,
  insiderType: InsiderType | null,
): ReportTemplate {
  if (category === "insider_threat")
    return insiderTemplates[insiderType ?? "exploited"];
  return templatesByCategory[category];
}

/** The port's everyday name: "Harwich (Harwich International / Parkeston Quay)" → "Harwich". */
export function shortPortName(port: Port): string {
  return port.name.replace(/\s*\(.*\)\s*$/, "");
}

export interface ComposeOptions {
  port: Port;
  /** Fixed slot values, e.g. a campaign's vessel, so related reports share them. */
  fixedSlots?: Partial<Record<SlotName, string>>;
}

export function composeReportText(
  random: Random,
  template: ReportTemplate,
  { port, fixedSlots = {} }: ComposeOptions,
): { summary: string; details: string } {
  const filled = new Map<string, string>(Object.entries(fixedSlots));
  filled.set("port", shortPortName(port));
  const fill = (sentence: string) =>
    capitalise(
      sentence.replace(/\{(\w+)\}/g, (_, name: string) => {
        const known = filled.get(name);
        if (known !== undefined) return known;
        if (!isSlotName(name))
          throw new Error(`unknown template slot {${name}}`);
        const value = slotFillers[name](random);
        filled.set(name, value);
        return value;
      }),
    );

  const scenario = random.pick(template.scenarios);
  const summary = fill(scenario.summary);
  const wanted = random.int(2, 4);
  const own = random.sample(
    scenario.details,
    random.int(1, Math.min(wanted, scenario.details.length)),
  );
  const shared = random.sample(template.sharedDetails, wanted - own.length);
  const sentences = [...own, ...shared].map(fill);
  if (random.chance(0.35)) sentences.push(random.pick(closingRemarks));
  return { summary, details: sentences.join(" ") };
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
