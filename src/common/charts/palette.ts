// Series colours. Categories keep one colour on every chart and the map, from the Okabe–Ito
// palette (distinguishable with the common colour-vision deficiencies) plus three neutrals.
// Colour is never the only signal: every chart names its series and has a table alternative.
import type { InsiderType, ReportCategory } from "../../domain";

export const categoryColours: Record<ReportCategory, string> = {
  insider_threat: "#d55e00",
  drugs: "#0072b2",
  people_smuggling: "#009e73",
  firearms_weapons: "#cc79a7",
  terrorism_hostile_reconnaissance: "#e69f00",
  theft_cargo_crime: "#56b4e9",
  fraud_bribery_corruption: "#6a3d9a",
  excise_smuggling: "#f0e442",
  security_breach: "#4d4d4d",
  modern_slavery: "#8c564b",
  other: "#a6a6a6",
};

export const insiderTypeColours: Record<InsiderType, string> = {
  deliberate: "#b2182b",
  self_initiated: "#ef8a62",
  exploited: "#2166ac",
};

const generalPalette = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#e69f00",
  "#56b4e9",
  "#6a3d9a",
  "#f0e442",
  "#4d4d4d",
  "#8c564b",
  "#a6a6a6",
];

/** The colour of a series: its category's or insider type's own, else by position. */
export function seriesColour(key: string, index: number): string {
  return (
    (categoryColours as Record<string, string>)[key] ??
    (insiderTypeColours as Record<string, string>)[key] ??
    generalPalette[index % generalPalette.length]!
  );
}
