// A small trend line for a dashboard or a side panel, drawn as plain SVG (no chart library, so
// it costs nothing in the initial bundle). Its label reads the figures aloud, so the line is
// never the only way to know them.
import { useTheme } from "@mui/material";
import { formatCount, type CountCell } from "../../domain";

export interface SparklineProps {
  /** One count per bucket, oldest first; null where suppressed. */
  counts: readonly CountCell[];
  /** What the line shows, e.g. "Insider threat, reports per week". */
  label: string;
  width?: number;
  height?: number;
  colour?: string;
}

export function Sparkline({
  counts,
  label,
  width = 120,
  height = 32,
  colour,
}: SparklineProps) {
  const theme = useTheme();
  const values = counts.map((c) => c ?? 0);
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const points = values
    .map(
      (v, i) =>
        `${(2 + i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`,
    )
    .join(" ");
  const spoken = `${label}: ${counts.map(formatCount).join(", ")}`;
  const last = values.length - 1;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={spoken}
    >
      <title>{spoken}</title>
      <polyline
        points={points}
        fill="none"
        stroke={colour ?? theme.palette.primary.main}
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
      {last >= 0 && (
        <circle
          cx={2 + last * step}
          cy={height - 2 - (values[last]! / max) * (height - 4)}
          r={2.5}
          fill={colour ?? theme.palette.primary.main}
        />
      )}
    </svg>
  );
}
