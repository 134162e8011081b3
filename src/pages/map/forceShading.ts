// Shading police force areas by the reports at the ports each force polices (a choropleth).
// Classes break at rounded quantiles of the counts, and the legend prints every class's range,
// so a reader never has to judge a number from a shade.
import {
  formatCount,
  type ForceCounts,
  type StatsPortsResponse,
} from "../../domain";

export interface ShadeClass {
  /** "1–24", "25–99", … or "<5" / "No ports" */
  label: string;
  colour: string;
  /** Inclusive bounds; null for the special classes. */
  min: number | null;
  max: number | null;
}

const ramp = ["#deebf7", "#9ecae1", "#4292c6", "#08519c", "#08306b"];
export const noPortsClass: ShadeClass = {
  label: "No ports policed",
  colour: "#f4f4f4",
  min: null,
  max: null,
};
export const suppressedClass: ShadeClass = {
  label: "Fewer than 5 (<5)",
  colour: "#e0d4f0",
  min: null,
  max: null,
};
const zeroClass: ShadeClass = { label: "0", colour: "#ffffff", min: 0, max: 0 };

function nice(n: number): number {
  if (n < 10) return Math.ceil(n);
  const magnitude = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / (magnitude / 2)) * (magnitude / 2);
}

/** Up to five classes over the positive counts, each with a printed range. */
export function shadeClasses(totals: readonly number[]): ShadeClass[] {
  const positive = totals.filter((n) => n > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [zeroClass];
  const max = positive[positive.length - 1]!;
  const breaks = [0.2, 0.4, 0.6, 0.8]
    .map((q) => nice(positive[Math.floor(q * (positive.length - 1))]!))
    .filter((b) => b < max);
  const uppers = [...new Set([...breaks, max])].sort((a, b) => a - b);
  let lower = 1;
  const classes = uppers.map((upper, i) => {
    const cls: ShadeClass = {
      label: lower === upper ? `${upper}` : `${lower}–${upper}`,
      colour:
        ramp[
          Math.round((i * (ramp.length - 1)) / Math.max(1, uppers.length - 1))
        ]!,
      min: lower,
      max: upper,
    };
    lower = upper + 1;
    return cls;
  });
  return totals.some((n) => n === 0) ? [zeroClass, ...classes] : classes;
}

export interface ForceShading {
  classes: ShadeClass[];
  /** By ONS police force area code (pfa_code). */
  byCode: ReadonlyMap<string, ForceCounts>;
  classOf: (code: string) => ShadeClass;
  describe: (code: string, name: string) => string;
  hasSuppressed: boolean;
}

export function forceShading(stats: StatsPortsResponse): ForceShading {
  const byCode = new Map(
    stats.forces.flatMap((f) =>
      f.forceCode ? [[f.forceCode, f] as const] : [],
    ),
  );
  const totals = stats.forces.flatMap((f) =>
    f.forceCode && f.total !== null ? [f.total] : [],
  );
  const classes = shadeClasses(totals);
  const classOf = (code: string): ShadeClass => {
    const force = byCode.get(code);
    if (!force) return noPortsClass;
    if (force.total === null) return suppressedClass;
    const total = force.total;
    return (
      classes.find(
        (c) =>
          c.min !== null && c.max !== null && total >= c.min && total <= c.max,
      ) ?? zeroClass
    );
  };
  const describe = (code: string, name: string) => {
    const force = byCode.get(code);
    return force
      ? `${name}: ${formatCount(force.total)} report${force.total === 1 ? "" : "s"} at ${force.portIds.length} port${force.portIds.length === 1 ? "" : "s"}`
      : `${name}: no ports in the reference data`;
  };
  const hasSuppressed = stats.forces.some(
    (f) => f.forceCode && f.total === null,
  );
  return { classes, byCode, classOf, describe, hasSuppressed };
}
