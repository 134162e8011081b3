// react-admin choices from the domain's label maps, so every list of options has one source.
import {
  assessmentKindLabels,
  assessmentStatusLabels,
  categoryLabels,
  channelLabels,
  closureReasonLabels,
  handlingMarkings,
  insiderTypeLabels,
  memberTypeLabels,
  memberStatuses,
  nations,
  riskLabels,
  statusLabels,
} from "../domain";

export interface Choice {
  id: string;
  name: string;
}

export function choicesFrom<K extends string>(
  labels: Record<K, string>,
): Choice[] {
  return (Object.entries(labels) as [K, string][]).map(([id, name]) => ({
    id,
    name,
  }));
}

function choicesOf(
  values: readonly string[],
  label: (value: string) => string = (v) => v,
): Choice[] {
  return values.map((id) => ({ id, name: label(id) }));
}

export const categoryChoices = choicesFrom(categoryLabels);
export const insiderTypeChoices = choicesFrom(insiderTypeLabels);
export const reportStatusChoices = choicesFrom(statusLabels);
export const riskChoices = choicesFrom(riskLabels);
export const channelChoices = choicesFrom(channelLabels);
export const closureReasonChoices = choicesFrom(closureReasonLabels);
export const handlingChoices = choicesOf(handlingMarkings);
export const memberTypeChoices = choicesFrom(memberTypeLabels);
export const memberStatusChoices = choicesOf(
  memberStatuses,
  (s) => s.charAt(0).toUpperCase() + s.slice(1),
);
export const assessmentKindChoices = choicesFrom(assessmentKindLabels);
export const assessmentStatusChoices = choicesFrom(assessmentStatusLabels);
export const nationChoices = choicesOf(nations);
export const portTierChoices: { id: number; name: string }[] = [
  { id: 1, name: "Tier 1 — leading gateway" },
  { id: 2, name: "Tier 2" },
  { id: 3, name: "Tier 3" },
];
