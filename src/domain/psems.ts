// Seeded defaults for the PSeMS framework (INTERPORTPOLICE). These are data, not code: the
// database holds the live lists, which an admin may edit; these seed a new installation.

export interface PsemsStep {
  number: number;
  name: string;
}

export interface PsemsElement {
  key: string;
  name: string;
}

export const defaultPsemsSteps: readonly PsemsStep[] = [
  { number: 1, name: "Self-help GAP analysis" },
  { number: 2, name: "Improvement plan" },
  { number: 3, name: "Independent review" },
  { number: 4, name: "On-site evaluation" },
];

export const defaultPsemsElements: readonly PsemsElement[] = [
  { key: "governance", name: "Governance and accountable manager" },
  { key: "legal", name: "Legal and regulatory requirements" },
  { key: "procedures", name: "Operating procedures" },
  { key: "delivery", name: "Delivery" },
  { key: "monitoring", name: "Monitoring" },
  { key: "review", name: "Review" },
  { key: "audit", name: "Audit" },
];

/** Port security assessments must be reviewed at least every five years. */
export const defaultReviewCycleYears = 5;
