// Series over time as stacked areas or bars (recharts). Focus the chart and use the arrow keys
// to move through the periods: the tooltip names every series with its figure ("<5" where
// suppressed). Spikes the pattern detector found are shaded and labelled in words.
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Box, Paper, Typography } from "@mui/material";
import { formatCount } from "../../domain";
import type { StatsSeries } from "../../domain";
import { seriesColour } from "../../common/charts/palette";
import { formatValue, type ChartRow } from "./timeseriesRows";
import type { ChartForm, Measure } from "./useTrendsFilters";

export interface SpikeMark {
  id: string;
  fromLabel: string;
  toLabel: string;
  /** Short, on the chart ("Spike 1"); the list under the chart says what each one is. */
  label: string;
  text: string;
}

interface TimeseriesChartProps {
  rows: readonly ChartRow[];
  series: readonly StatsSeries[];
  measure: Measure;
  form: ChartForm;
  spikes: readonly SpikeMark[];
  label: string;
}

function SeriesTooltip({
  active,
  payload,
  label,
  series,
  measure,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  label?: string | number;
  series: readonly StatsSeries[];
  measure: Measure;
}) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  return (
    <Paper sx={{ p: 1 }} elevation={3}>
      <Typography variant="subtitle2">{label}</Typography>
      {series.map((s) => (
        <Typography variant="body2" key={s.key}>
          {s.label}: {formatValue(row, s.key, measure)}
          {measure === "count" && row.suppressed.has(s.key) && " (not drawn)"}
        </Typography>
      ))}
      {measure === "count" && (
        <Typography variant="body2">
          {row.total === null
            ? `Total: not added up (a figure is ${formatCount(null)})`
            : `Total: ${row.total.toLocaleString("en-GB")}`}
        </Typography>
      )}
      {measure === "share" && row.shareUnknown && (
        <Typography variant="body2">
          Shares not computed: a figure in this period is {formatCount(null)}.
        </Typography>
      )}
    </Paper>
  );
}

export function TimeseriesChart({
  rows,
  series,
  measure,
  form,
  spikes,
  label,
}: TimeseriesChartProps) {
  const data = rows as ChartRow[];
  const common = {
    data,
    margin: { top: 24, right: 16, bottom: 8, left: 8 },
    title: label,
    "aria-label": `${label}. Focus here and use the arrow keys to read each period, or show the chart as a table.`,
  };
  const children = [
    <CartesianGrid key="grid" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey="label" minTickGap={16} />,
    <YAxis
      key="y"
      allowDecimals={false}
      unit={measure === "share" ? "%" : undefined}
      domain={measure === "share" ? [0, 100] : undefined}
    />,
    <Tooltip
      key="tooltip"
      content={(props) => (
        <SeriesTooltip
          active={props.active}
          payload={props.payload}
          label={props.label}
          series={series}
          measure={measure}
        />
      )}
      isAnimationActive={false}
    />,
    <Legend
      key="legend"
      // In series order (insider threat first), in the text colour: series colours are too pale to read.
      itemSorter={null}
      formatter={(value: string) => (
        <span style={{ color: "#1a1a1a" }}>{value}</span>
      )}
    />,
    ...spikes.map((spike) => (
      <ReferenceArea
        key={spike.id}
        x1={spike.fromLabel}
        x2={spike.toLabel}
        ifOverflow="extendDomain"
        fill="#000000"
        fillOpacity={0.06}
        stroke="#1a1a1a"
        strokeDasharray="4 3"
        label={{
          value: spike.label,
          position: "insideTopLeft",
          fill: "#1a1a1a",
          fontSize: 11,
        }}
      />
    )),
  ];
  return (
    <Box sx={{ width: "100%", height: 340 }}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 800, height: 340 }}
      >
        {form === "bars" ? (
          <BarChart {...common}>
            {children}
            {series.map((s, i) => (
              <Bar
                key={s.key}
                // null (protected, or a share not computed) is left out, not drawn as 0.
                dataKey={(row: ChartRow) => row.values[s.key] ?? null}
                name={s.label}
                stackId="series"
                fill={seriesColour(s.key, i)}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        ) : (
          <AreaChart {...common}>
            {children}
            {series.map((s, i) => (
              <Area
                key={s.key}
                type="linear"
                dataKey={(row: ChartRow) => row.values[s.key] ?? null}
                name={s.label}
                stackId="series"
                connectNulls={false}
                stroke={seriesColour(s.key, i)}
                fill={seriesColour(s.key, i)}
                fillOpacity={0.75}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        )}
      </ResponsiveContainer>
    </Box>
  );
}
