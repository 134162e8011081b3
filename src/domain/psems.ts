// The PSeMS framework (INTERPORTPOLICE): the four steps of the journey, the elements scored for
// maturity, and how often a review falls due. These are data, not code: the database holds the
// live framework, which an admin may edit; the defaults here seed a new installation.
import { z } from "zod";

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

/** The journey always has four steps; an admin may rename them, not add or remove any. */
export const psemsStepCount = 4;

const stepName = z
  .string()
  .trim()
  .min(1, "give the step a name")
  .max(80, "a step name is at most 80 characters");

export const PsemsStepSchema = z
  .object({
    number: z
      .number()
      .int()
      .min(1, "steps are numbered 1 to 4")
      .max(psemsStepCount, "steps are numbered 1 to 4"),
    name: stepName,
  })
  .strict()
  .meta({ id: "PsemsStep" });

export const PsemsElementSchema = z
  .object({
    key: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{0,39}$/,
        "a key is lower-case letters, digits and _ (at most 40), starting with a letter, e.g. access_control",
      ),
    name: z
      .string()
      .trim()
      .min(1, "give the element a name")
      .max(120, "an element name is at most 120 characters"),
  })
  .strict()
  .meta({ id: "PsemsElement" });

export const PsemsFrameworkSchema = z
  .object({
    steps: z.array(PsemsStepSchema),
    /** In the order they are shown and scored. */
    elements: z.array(PsemsElementSchema),
    reviewCycleYears: z.number().int(),
    version: z.number().int().min(1),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PsemsFramework" });
export type PsemsFramework = z.infer<typeof PsemsFrameworkSchema>;

/** PUT /api/psems/framework: the whole framework at once (with If-Match). */
export const PsemsFrameworkUpdateSchema = z
  .object({
    steps: z
      .array(PsemsStepSchema)
      .length(
        psemsStepCount,
        `the journey has exactly ${psemsStepCount} steps`,
      ),
    elements: z
      .array(PsemsElementSchema)
      .min(1, "keep at least one element to score")
      .max(50, "at most 50 elements"),
    reviewCycleYears: z
      .number()
      .int("a whole number of years")
      .min(1, "at least 1 year")
      .max(
        defaultReviewCycleYears,
        `port security assessments must be reviewed at least every ${defaultReviewCycleYears} years`,
      ),
  })
  .strict()
  .superRefine((framework, context) => {
    const numbers = framework.steps.map((s) => s.number);
    if (new Set(numbers).size !== numbers.length) {
      context.addIssue({
        code: "custom",
        path: ["steps"],
        message: `number the steps 1 to ${psemsStepCount}, each once`,
      });
    }
    const seen = new Set<string>();
    framework.elements.forEach((element, index) => {
      if (seen.has(element.key)) {
        context.addIssue({
          code: "custom",
          path: ["elements", index, "key"],
          message: `the key ${element.key} is used twice; keys must be unique`,
        });
      }
      seen.add(element.key);
    });
  });
export type PsemsFrameworkUpdate = z.infer<typeof PsemsFrameworkUpdateSchema>;

/** The step's name from the framework, or "Step n" when the framework does not have it. */
export function psemsStepLabel(
  steps: readonly PsemsStep[],
  number: number,
): string {
  return steps.find((step) => step.number === number)?.name ?? `Step ${number}`;
}
