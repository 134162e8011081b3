// A change against the previous period, in figures and per cent.

/** "+12 (+40%)", "−3 (−10%)", or "—" when either side is suppressed. */
export function formatChange(
  now: number | null,
  before: number | null,
): string {
  if (now === null || before === null) return "—";
  const change = now - before;
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const percent =
    before > 0
      ? ` (${sign}${Math.round((Math.abs(change) / before) * 100)}%)`
      : "";
  return `${sign}${Math.abs(change).toLocaleString("en-GB")}${percent}`;
}
