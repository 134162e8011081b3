// This period against the same length of time just before it, per series and in total.
import { useTranslate } from "react-admin";
import {
  formatCount,
  type CountCell,
  type StatsTimeseriesResponse,
} from "../../domain";
import { SortableTable } from "../../common/charts/SortableTable";
import { formatDay, ukDay } from "../../common/charts/analyticsWindow";
import { formatChange } from "../../common/charts/formatChange";

interface ComparedRow {
  key: string;
  label: string;
  now: CountCell;
  before: CountCell;
}

export function previousPeriodLabel(
  data: StatsTimeseriesResponse,
): string | null {
  if (!data.previous) return null;
  const lastDay = ukDay(new Date(Date.parse(data.previous.to) - 1));
  return `${formatDay(ukDay(new Date(data.previous.from)))} to ${formatDay(lastDay)}`;
}

export function PreviousPeriodTable({
  data,
  title,
}: {
  data: StatsTimeseriesResponse;
  title: string;
}) {
  const translate = useTranslate();
  const previous = data.previous;
  if (!previous) return null;
  const rows: ComparedRow[] = [
    ...data.series.map((s) => ({
      key: s.key,
      label: s.label,
      now: s.total,
      before: previous.series.find((p) => p.key === s.key)?.total ?? 0,
    })),
    {
      key: "__total",
      label: translate("analytics.trends.total"),
      now: data.total,
      before: previous.total,
    },
  ];
  const sortable = (c: CountCell) => (c === null ? 0.5 : c);
  return (
    <SortableTable
      caption={translate("analytics.trends.compareCaption", {
        title,
        previous: previousPeriodLabel(data) ?? "",
      })}
      rows={rows}
      rowKey={(r) => r.key}
      maxHeight={360}
      columns={[
        {
          key: "label",
          label: translate("analytics.trends.series"),
          render: (r) => r.label,
        },
        {
          key: "now",
          label: translate("analytics.trends.thisPeriod"),
          numeric: true,
          render: (r) => formatCount(r.now),
          sortValue: (r) => sortable(r.now),
        },
        {
          key: "before",
          label: translate("analytics.trends.previousPeriod"),
          numeric: true,
          render: (r) => formatCount(r.before),
          sortValue: (r) => sortable(r.before),
        },
        {
          key: "change",
          label: translate("analytics.trends.change"),
          numeric: true,
          render: (r) => formatChange(r.now, r.before),
        },
      ]}
    />
  );
}
