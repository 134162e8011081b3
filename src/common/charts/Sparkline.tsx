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
  const stroke = colour ?? theme.palette.primary.main;
  // A protected bucket (null, "<5") has no height to draw: the line breaks there and a hollow
  // mark sits at the foot of the gap, so it reads neither as 0 nor as a figure.
  const max = Math.max(1, ...counts.map((c) => c ?? 0));
  const step = counts.length > 1 ? (width - 4) / (counts.length - 1) : 0;
  const x = (i: number) => 2 + i * step;
  const y = (v: number) => height - 2 - (v / max) * (height - 4);
  const runs: string[][] = [];
  let run: string[] = [];
  counts.forEach((c, i) => {
    if (c === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(c).toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run);
  const spoken = `${label}: ${counts.map(formatCount).join(", ")}`;
  const last = counts.length - 1;
  const lastValue = last >= 0 ? counts[last] : undefined;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={spoken}
    >
      <title>{spoken}</title>
      {runs.map((points, i) =>
        points.length === 1 ? (
          <circle
            key={i}
            cx={Number(points[0]!.split(",")[0])}
            cy={Number(points[0]!.split(",")[1])}
            r={1.2}
            fill={stroke}
          />
        ) : (
          <polyline
            key={i}
            points={points.join(" ")}
            fill="none"
            stroke={stroke}
            strokeWidth={1.5}
            strokeLinejoin="round"
          />
        ),
      )}
      {counts.map((c, i) =>
        c === null ? (
          <circle
            key={`gap-${i}`}
            data-protected="true"
            cx={x(i)}
            cy={height - 3}
            r={1.8}
            fill="#ffffff"
            stroke="#5f6b7a"
            strokeWidth={1}
          />
        ) : null,
      )}
      {lastValue !== undefined && lastValue !== null && (
        <circle cx={x(last)} cy={y(lastValue)} r={2.5} fill={stroke} />
      )}
    </svg>
  );
}
