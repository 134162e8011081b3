// How coverage is put into words and bands. Each band has a colour AND a label, and the map's
// markers also print their percentage, so nothing depends on telling colours apart.
const percent = new Intl.NumberFormat("en-GB", {
  style: "percent",
  maximumFractionDigits: 0,
});

export function formatShare(share: number): string {
  return percent.format(share);
}

/** "42% (21 of 50)". */
export function shareText(covered: number, members: number): string {
  const share = members === 0 ? 0 : covered / members;
  return `${formatShare(share)} (${covered} of ${members})`;
}

export type CoverageBand = "none" | "low" | "most" | "all";

export const coverageBands: readonly CoverageBand[] = [
  "all",
  "most",
  "low",
  "none",
];

export const coverageBandLabels: Record<CoverageBand, string> = {
  all: "All members covered",
  most: "Half or more covered",
  low: "Under half covered",
  none: "No member covered",
};

export function coverageBand(covered: number, members: number): CoverageBand {
  if (covered === 0) return "none";
  if (covered >= members) return "all";
  return covered * 2 >= members ? "most" : "low";
}
