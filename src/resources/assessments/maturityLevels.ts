// The 0–4 maturity scale in words, so a score never shows as a bare number or a colour.
export const maturityLevelLabels: readonly string[] = [
  "Absent",
  "Initial",
  "Developing",
  "Established",
  "Optimised",
];

export function maturityText(score: number | undefined): string {
  if (score === undefined) return "Not scored";
  return `${score} — ${maturityLevelLabels[score] ?? "Unknown"}`;
}

export const maturityChoices = maturityLevelLabels.map((_, score) => ({
  id: score,
  name: maturityText(score),
}));

/** The elements to show: the framework's, then any scored key it no longer has, under its key. */
export function scoredElements(
  elements: readonly { key: string; name: string }[],
  scores: Record<string, number>,
): { key: string; name: string }[] {
  const known = new Set(elements.map((e) => e.key));
  return [
    ...elements,
    ...Object.keys(scores)
      .filter((key) => !known.has(key))
      .map((key) => ({ key, name: key })),
  ];
}
