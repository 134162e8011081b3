// The busiest ports and the fastest-rising categories in the window, each against the previous
// period of the same length, with CSV downloads made (and audited) by the server.
import { useTranslate } from "react-admin";
import { Button, Card, CardContent, Grid, Typography } from "@mui/material";
import DownloadIcon from "@mui/icons-material/DownloadOutlined";
import {
  categoryLabels,
  formatCount,
  type CountCell,
  type StatsSummaryQuery,
  type StatsSummaryResponse,
  type StatsSummaryTable,
} from "../../domain";
import { ukPortsById } from "../../domain/reference/ukPorts";
import { SortableTable } from "../../common/charts/SortableTable";
import { exportFilename } from "../../common/charts/downloads";
import { useAuditedExport } from "../../common/charts/useAuditedExport";
import type { WindowQuery } from "../../providers/analyticsMethods";
import type { DayWindow } from "../../common/charts/analyticsWindow";
import { formatChange } from "../../common/charts/formatChange";

interface Compared {
  key: string;
  name: string;
  count: CountCell;
  previous: CountCell;
}

function ComparedCard({
  title,
  rows,
  slug,
  shown,
  table,
  query,
}: {
  title: string;
  rows: Compared[];
  slug: string;
  shown: DayWindow;
  table: StatsSummaryTable;
  /** The query of the figures shown, which the CSV export repeats. */
  query: WindowQuery<StatsSummaryQuery>;
}) {
  const translate = useTranslate();
  const { saveCsv } = useAuditedExport();
  return (
    <Card variant="outlined" component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          onClick={() =>
            void saveCsv({
              filename: exportFilename(slug, shown, "csv"),
              fetch: (api) => api.exportSummaryCsv({ ...query, table }),
            })
          }
          aria-label={translate("analytics.chart.downloadCsvOf", { title })}
        >
          {translate("analytics.chart.downloadCsv")}
        </Button>
        {rows.length === 0 ? (
          <Typography variant="body2">
            {translate("analytics.trends.nothing")}
          </Typography>
        ) : (
          <SortableTable
            caption={title}
            rows={rows}
            rowKey={(r) => r.key}
            maxHeight={400}
            columns={[
              {
                key: "name",
                label: translate("analytics.trends.name"),
                render: (r) => r.name,
              },
              {
                key: "count",
                label: translate("analytics.trends.thisPeriod"),
                numeric: true,
                render: (r) => formatCount(r.count),
                sortValue: (r) => r.count ?? 0.5,
              },
              {
                key: "previous",
                label: translate("analytics.trends.previousPeriod"),
                numeric: true,
                render: (r) => formatCount(r.previous),
                sortValue: (r) => r.previous ?? 0.5,
              },
              {
                key: "change",
                label: translate("analytics.trends.change"),
                numeric: true,
                render: (r) => formatChange(r.count, r.previous),
              },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
}

export function SummaryTables({
  data,
  shown,
  query,
}: {
  data: StatsSummaryResponse;
  shown: DayWindow;
  query: WindowQuery<StatsSummaryQuery>;
}) {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <ComparedCard
          title={translate("analytics.trends.topPorts")}
          slug="top-ports"
          shown={shown}
          table="topPorts"
          query={query}
          rows={data.topPorts.map((p) => ({
            key: p.portId,
            name: ukPortsById.get(p.portId)?.name ?? p.portId,
            count: p.count,
            previous: p.previous,
          }))}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ComparedCard
          title={translate("analytics.trends.rising")}
          slug="rising-categories"
          shown={shown}
          table="risingCategories"
          query={query}
          rows={data.risingCategories.map((c) => ({
            key: c.category,
            name: categoryLabels[c.category],
            count: c.count,
            previous: c.previous,
          }))}
        />
      </Grid>
    </Grid>
  );
}
