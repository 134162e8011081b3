// A port on the map: a ring sized by its reports in the window, split by category, with the
// count written in the middle, so the size and the number carry the information and the colours
// only add the mix (which the tooltip, the legend and the table spell out). Plain SVG markup
// with presentation attributes only: the page's Content-Security-Policy forbids inline styles.
import { formatCount, type CountCell, type PortCounts } from "../../domain";
import { categoryColours } from "../../common/charts/palette";

/** The smallest ring is wide enough for its label ("<5", "5") at 12px bold, which must stay readable. */
export const minRadius = 13;
export const maxRadius = 26;

/** Radius by area: a port with four times the reports has a ring twice as wide. */
export function markerRadius(total: CountCell, maxTotal: number): number {
  // "<5" (null) is the smallest published figure: the smallest ring.
  if (total === null || total === 0 || maxTotal <= 0) return minRadius;
  return minRadius + (maxRadius - minRadius) * Math.sqrt(total / maxTotal);
}

function arc(r: number, inner: number, start: number, end: number): string {
  const point = (radius: number, angle: number) =>
    `${(r + radius * Math.sin(angle)).toFixed(2)} ${(r - radius * Math.cos(angle)).toFixed(2)}`;
  const large = end - start > Math.PI ? 1 : 0;
  return [
    `M ${point(r, start)}`,
    `A ${r} ${r} 0 ${large} 1 ${point(r, end)}`,
    `L ${point(inner, end)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(inner, start)}`,
    "Z",
  ].join(" ");
}

/** The ring's segments: one per category with reports, in category order from 12 o'clock. */
function segments(
  stats: PortCounts,
  categories: readonly string[],
  r: number,
  inner: number,
): string {
  const parts = categories
    .map((category, i) => ({ category, n: stats.counts[i] ?? 0 }))
    .filter(
      (p): p is { category: string; n: number } => p.n !== null && p.n > 0,
    );
  const sum = parts.reduce((s, p) => s + p.n, 0);
  // Suppressed cells have no number to size a segment by: the ring is drawn plain.
  if (sum === 0)
    return `<circle cx="${r}" cy="${r}" r="${(r + inner) / 2}" fill="none" stroke="#5f6b7a" stroke-width="${r - inner}"/>`;
  if (parts.length === 1) {
    const colour = (categoryColours as Record<string, string>)[
      parts[0]!.category
    ];
    return `<circle cx="${r}" cy="${r}" r="${(r + inner) / 2}" fill="none" stroke="${colour}" stroke-width="${r - inner}"/>`;
  }
  let angle = 0;
  return parts
    .map(({ category, n }) => {
      const next = angle + (2 * Math.PI * n) / sum;
      const path = `<path d="${arc(r, inner, angle, next)}" fill="${(categoryColours as Record<string, string>)[category]}"/>`;
      angle = next;
      return path;
    })
    .join("");
}

export function portMarkerSvg(
  stats: PortCounts,
  categories: readonly string[],
  radius: number,
  selected: boolean,
): string {
  const r = radius;
  const inner = r * 0.58;
  const size = 2 * r;
  const label = formatCount(stats.total);
  // At least 12px, so "<5" and small figures stay readable (WCAG 2.2 AA, dark on white).
  const fontSize = Math.max(
    12,
    Math.min(14, inner * 0.9 - (label.length > 2 ? 2 : 0)),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">`,
    segments(stats, categories, r, inner),
    `<circle cx="${r}" cy="${r}" r="${inner}" fill="#ffffff"/>`,
    `<circle cx="${r}" cy="${r}" r="${r - 0.75}" fill="none" stroke="${selected ? "#000000" : "#12284c"}" stroke-width="${selected ? 3 : 1.5}"${selected ? ' stroke-dasharray="4 2"' : ""}/>`,
    `<text x="${r}" y="${r}" dy="0.35em" text-anchor="middle" font-family="Roboto, Arial, sans-serif" font-weight="700" font-size="${fontSize.toFixed(1)}" fill="#1a1a1a">${label.replace("<", "&lt;")}</text>`,
    "</svg>",
  ].join("");
}
