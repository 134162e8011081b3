// One timeseries (insider types or categories) as a chart card: the chart, its table, PNG and
// CSV downloads, the spikes found in it listed in words, and the previous-period comparison.
import { useMemo } from "react";
import { useTranslate } from "react-admin";
import { Alert, Box, Typography } from "@mui/material";
import type { ReviewedPattern, StatsTimeseriesResponse } from "../../domain";
import { ChartCard } from "../../common/charts/ChartCard";
import {
  SortableTable,
  type TableColumn,
} from "../../common/charts/SortableTable";
import { exportFilename } from "../../common/charts/downloads";
import { seriesColour } from "../../common/charts/palette";
import { methodNote } from "../../common/charts/protection";
import type { DayWindow } from "../../common/charts/analyticsWindow";
import { PreviousPeriodTable } from "./PreviousPeriodTable";
import { TimeseriesChart, type SpikeMark } from "./TimeseriesChart";
import {
  bucketLabel,
  chartRows,
  formatValue,
  notComputed,
  spikeBuckets,
  type ChartRow,
} from "./timeseriesRows";
import { timeseriesQuery } from "./useTrendsData";

/** Read by screen readers, not shown (the hover title says it to sighted users). */
const visuallyHidden = {
  border: 0,
  clip: "rect(0 0 0 0)",
  height: "1px",
  margin: "-1px",
  overflow: "hidden",
  padding: 0,
  position: "absolute",
  whiteSpace: "nowrap",
  width: "1px",
} as const;
import type { TrendsFilters } from "./useTrendsFilters";

export function TimeseriesCard({
  title,
  slug,
  data,
  error,
  filters,
  shown,
  description,
  footnotes,
  spikes,
}: {
  title: string;
  /** Names the downloaded files: portsafe-<slug>-<from>-to-<to>.csv */
  slug: string;
  data: StatsTimeseriesResponse | undefined;
  error: Error | null;
  filters: TrendsFilters;
  shown: DayWindow;
  description: string;
  footnotes: readonly string[];
  spikes: readonly ReviewedPattern[];
}) {
  const translate = useTranslate();
  const rows = useMemo(
    () => (data ? chartRows(data, filters.measure) : []),
    [data, filters.measure],
  );
  const marks: SpikeMark[] = useMemo(() => {
    if (!data) return [];
    const placed = spikes.flatMap((pattern) => {
      const at = spikeBuckets(pattern, data);
      return at ? [{ pattern, at }] : [];
    });
    return placed.map(({ pattern, at }, i) => ({
      id: pattern.id,
      fromLabel: bucketLabel(at.from, data.interval),
      toLabel: bucketLabel(at.to, data.interval),
      label: `Spike ${i + 1}`,
      text: `Spike ${i + 1}: ${pattern.title}`,
    }));
  }, [data, spikes]);
  if (error)
    return <Alert severity="error">{`${title}: ${error.message}`}</Alert>;
  if (!data)
    return (
      <Typography variant="body2">{translate("ra.page.loading")}</Typography>
    );

  const method = methodNote(data.suppression, translate);
  // How this chart shows protected figures: in words under it and in its picture.
  const howShown = method
    ? translate(
        filters.measure === "share"
          ? "analytics.sharesFromPublished"
          : "analytics.protectedNotDrawn",
      )
    : null;
  const note = method && `${method} ${howShown}`;
  // A share chart with no computable period would be a blank grid: say why instead.
  const nothingDrawn =
    filters.measure === "share" &&
    rows.length > 0 &&
    rows.some((r) => r.shareUnknown) &&
    rows.every((r) => r.shareUnknown || r.total === 0);
  const columns: TableColumn<ChartRow>[] = [
    {
      key: "period",
      label: translate(`analytics.trends.periodOf.${data.interval}`),
      render: (r) => r.label,
      sortValue: (r) => r.bucket,
    },
    ...data.series.map((s): TableColumn<ChartRow> => ({
      key: s.key,
      label: s.label,
      numeric: true,
      // The table shows what the chart shows: "<5" for a protected count, "–" for a share
      // that is not computed, with the reason on hover and for screen readers.
      render: (r) =>
        filters.measure === "share" && r.shareUnknown ? (
          <span title={translate("analytics.shareNotComputed")}>
            {notComputed}
            <Box component="span" sx={visuallyHidden}>
              {` ${translate("analytics.shareNotComputed")}`}
            </Box>
          </span>
        ) : (
          formatValue(r, s.key, filters.measure)
        ),
      sortValue: (r) =>
        r.suppressed.has(s.key) || r.shareUnknown
          ? filters.measure === "share"
            ? -1
            : 0.5
          : (r.values[s.key] ?? 0),
    })),
  ];
  return (
    <ChartCard
      title={title}
      description={description}
      chart={
        <>
          {nothingDrawn && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate("analytics.noShareComputable")}
            </Alert>
          )}
          <TimeseriesChart
            rows={rows}
            series={data.series}
            measure={filters.measure}
            form={filters.form}
            spikes={marks}
            label={`${title}, ${description}`}
          />
        </>
      }
      table={
        <SortableTable
          caption={`${title}, ${description}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.bucket}
        />
      }
      image={{
        legend: data.series.map((s, i) => ({
          label: s.label,
          colour: seriesColour(s.key, i),
        })),
        footnotes: [
          ...footnotes,
          ...(howShown ? [howShown] : []),
          ...(nothingDrawn ? [translate("analytics.noShareComputable")] : []),
        ],
      }}
      png={{
        filename: exportFilename(slug, shown, "png"),
        view: "trends",
        query: timeseriesQuery(filters, data.groupBy),
        safeToShare: data.suppression.applied,
      }}
      csv={{
        filename: exportFilename(slug, shown, "csv"),
        fetch: (api) =>
          api.exportTimeseriesCsv(timeseriesQuery(filters, data.groupBy)),
      }}
      note={note}
      footer={
        <>
          {marks.length > 0 && (
            <Box
              component="ul"
              sx={{ mt: 1, mb: 0 }}
              aria-label={translate("analytics.trends.spikes")}
            >
              {marks.map((m) => (
                <Typography component="li" variant="body2" key={m.id}>
                  {m.text} (
                  {m.fromLabel === m.toLabel
                    ? m.fromLabel
                    : `${m.fromLabel} to ${m.toLabel}`}
                  )
                </Typography>
              ))}
            </Box>
          )}
          {data.previous && (
            <Box sx={{ mt: 2 }}>
              <PreviousPeriodTable data={data} title={title} />
            </Box>
          )}
        </>
      }
    />
  );
}
