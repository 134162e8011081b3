// THRIVE: the structured risk rationale UK police use (threat, harm, risk, investigation,
// vulnerability, engagement). Each part is free text; all are optional but the summary is kept.
import { z } from "zod";

export const thriveParts = [
  "threat",
  "harm",
  "risk",
  "investigation",
  "vulnerability",
  "engagement",
] as const;
export type ThrivePart = (typeof thriveParts)[number];

export const thriveLabels: Record<ThrivePart, string> = {
  threat: "Threat",
  harm: "Harm",
  risk: "Risk",
  investigation: "Investigation",
  vulnerability: "Vulnerability",
  engagement: "Engagement",
};

export const ThriveSchema = z
  .object(
    Object.fromEntries(
      thriveParts.map((p) => [
        p,
        z.string().trim().max(2000, `${p} must be at most 2,000 characters`),
      ]),
    ) as Record<ThrivePart, z.ZodString>,
  )
  .partial()
  .strict()
  .meta({ id: "Thrive" });
export type Thrive = z.infer<typeof ThriveSchema>;
