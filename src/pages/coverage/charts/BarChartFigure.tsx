// A horizontal bar chart for one series, each bar labelled with its value in words, so the chart
// never relies on colour. It is a picture for sighted readers: assistive technology gets a
// one-sentence summary here and the full figures from the table always shown beside it
// (DESIGN.md §8). Loaded lazily, so recharts stays out of the initial bundle.
import {
  Bar,
  BarChart,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { Box, useTheme } from "@mui/material";

export interface BarDatum {
  label: string;
  value: number;
  /** What the bar's end says, e.g. "42% (21 of 50)". */
  valueText: string;
}

export interface BarChartFigureProps {
  data: readonly BarDatum[];
  /** The largest value on the axis (1 for shares, 4 for maturity). */
  max: number;
  tickFormatter?: (value: number) => string;
  /** One sentence saying what the chart shows; the table beside it has the figures. */
  summary: string;
}

const barHeight = 30;

export default function BarChartFigure({
  data,
  max,
  tickFormatter,
  summary,
}: BarChartFigureProps) {
  const theme = useTheme();
  const height = Math.max(120, data.length * barHeight + 50);
  return (
    <Box role="img" aria-label={summary} sx={{ width: "100%", height }}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 480, height }}
      >
        <BarChart
          data={[...data]}
          layout="vertical"
          margin={{ top: 5, right: 140, bottom: 5, left: 10 }}
          accessibilityLayer={false}
        >
          <XAxis
            type="number"
            domain={[0, max]}
            tickFormatter={tickFormatter}
            stroke={theme.palette.text.secondary}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={200}
            stroke={theme.palette.text.secondary}
            tick={{ fill: theme.palette.text.primary, fontSize: 13 }}
          />
          <Bar
            dataKey="value"
            fill={theme.palette.primary.main}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="valueText"
              position="right"
              fill={theme.palette.text.primary}
              fontSize={13}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}
