// The statistics exports as CSV, from the API's own answers: the server writes them, and the mock
// API writes the same files. Suppressed counts stay suppressed: a null cell is written as "<5".
import { toCsv, type CsvCell } from "./csv";
import { categoryLabels } from "./enums";
import type { Port } from "./port";
import type {
  StatsPortsResponse,
  StatsSummaryResponse,
  StatsTimeseriesResponse,
} from "./stats";
import type { StatsPortsTable, StatsSummaryTable } from "./statsExport";
import { formatCount, type CountCell } from "./statsSuppression";

/** A count as a CSV cell: the number, or "<5" when suppressed. */
const countCell = (cell: CountCell | undefined): CsvCell =>
  cell === null ? formatCount(null) : (cell ?? 0);

/** A CSV file and how many data rows it holds (for the audit row). */
export interface StatsCsv {
  csv: string;
  rows: number;
}

function csvOf(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): StatsCsv {
  return { csv: toCsv(header, rows), rows: rows.length };
}

/** One row per reference port, in the API's order, with its counts in the API's column order. */
export function portsCsv(
  stats: StatsPortsResponse,
  ports: ReadonlyMap<string, Port>,
): StatsCsv {
  const rows = stats.ports.flatMap((counts) => {
    const port = ports.get(counts.portId);
    if (!port) return [];
    return [
      [
        port.name,
        port.unlocode,
        port.nation,
        port.territorialPoliceForce,
        port.portPoliceForce ?? "",
        countCell(counts.total),
        ...counts.counts.map(countCell),
      ],
    ];
  });
  return csvOf(
    [
      "Port",
      "UN/LOCODE",
      "Nation",
      "Territorial police force",
      "Port police",
      "Reports",
      ...stats.categories.map((c) => categoryLabels[c]),
    ],
    rows,
  );
}

export function forcesCsv(stats: StatsPortsResponse): StatsCsv {
  return csvOf(
    ["Territorial police force", "ONS code", "Ports", "Reports"],
    stats.forces.map((f) => [
      f.force,
      f.forceCode ?? "",
      f.portIds.length,
      countCell(f.total),
    ]),
  );
}

export function portStatsCsv(
  stats: StatsPortsResponse,
  table: StatsPortsTable,
  ports: ReadonlyMap<string, Port>,
): StatsCsv {
  return table === "forces" ? forcesCsv(stats) : portsCsv(stats, ports);
}

/** One row per bucket, one column per series, then a row of totals. */
export function timeseriesCsv(data: StatsTimeseriesResponse): StatsCsv {
  const rows = data.buckets.map((bucket, b) => [
    bucket,
    ...data.series.map((s) => countCell(s.counts[b])),
  ]);
  const { csv } = csvOf(
    [`${data.interval} starting (UK)`, ...data.series.map((s) => s.label)],
    [...rows, ["Total", ...data.series.map((s) => countCell(s.total))]],
  );
  return { csv, rows: rows.length };
}

/** Top ports or rising categories, each against the previous period of the same length. */
export function summaryCsv(
  data: StatsSummaryResponse,
  table: StatsSummaryTable,
  ports: ReadonlyMap<string, Port>,
): StatsCsv {
  const named =
    table === "topPorts"
      ? data.topPorts.map((p) => ({
          name: ports.get(p.portId)?.name ?? p.portId,
          ...p,
        }))
      : data.risingCategories.map((c) => ({
          name: categoryLabels[c.category],
          ...c,
        }));
  return csvOf(
    ["Name", "This period", "Previous period"],
    named.map((r) => [r.name, countCell(r.count), countCell(r.previous)]),
  );
}
