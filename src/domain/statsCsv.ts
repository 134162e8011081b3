// The statistics exports as CSV, from the API's own answers: the server writes them, and the mock
// API writes the same files. Published (protected) counts stay as published: a null cell is
// written as "<5", and a file of published values ends with a row naming the method and the date.
import { toCsv, type CsvCell } from "./csv";
import { categoryLabels } from "./enums";
import type { Port } from "./port";
import { londonDate } from "./reviewCycle";
import type {
  StatsPortsResponse,
  StatsSummaryResponse,
  StatsTimeseriesResponse,
} from "./stats";
import type { StatsPortsTable, StatsSummaryTable } from "./statsExport";
import {
  formatCount,
  type CountCell,
  type Suppression,
} from "./statsSuppression";

/** A count as a CSV cell: the number, or "<5" when suppressed. */
const countCell = (cell: CountCell | undefined): CsvCell =>
  cell === null ? formatCount(null) : (cell ?? 0);

/** A CSV file and how many data rows it holds (for the audit row). */
export interface StatsCsv {
  csv: string;
  rows: number;
}

/**
 * The last row of a file of published values: the disclosure-control method and the UK date the
 * file was made, in the first column, the others empty so every row has as many cells.
 */
export function disclosureNoteRow(
  method: Suppression,
  columns: number,
  madeOn: string,
): CsvCell[] {
  return [
    `Note: ${method.note} Made on ${madeOn} (UK).`,
    ...new Array<CsvCell>(Math.max(columns - 1, 0)).fill(""),
  ];
}

/** The data rows, then, for published values, the row that names the method. */
function csvOf(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  method: Suppression,
  madeOn: string,
  dataRows = rows.length,
): StatsCsv {
  const note = method.applied
    ? [disclosureNoteRow(method, header.length, madeOn)]
    : [];
  return { csv: toCsv(header, [...rows, ...note]), rows: dataRows };
}

const today = () => londonDate(new Date());

/** One row per reference port, in the API's order, with its counts in the API's column order. */
export function portsCsv(
  stats: StatsPortsResponse,
  ports: ReadonlyMap<string, Port>,
  madeOn = today(),
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
    stats.suppression,
    madeOn,
  );
}

export function forcesCsv(
  stats: StatsPortsResponse,
  madeOn = today(),
): StatsCsv {
  return csvOf(
    ["Territorial police force", "ONS code", "Ports", "Reports"],
    stats.forces.map((f) => [
      f.force,
      f.forceCode ?? "",
      f.portIds.length,
      countCell(f.total),
    ]),
    stats.suppression,
    madeOn,
  );
}

export function portStatsCsv(
  stats: StatsPortsResponse,
  table: StatsPortsTable,
  ports: ReadonlyMap<string, Port>,
  madeOn = today(),
): StatsCsv {
  return table === "forces"
    ? forcesCsv(stats, madeOn)
    : portsCsv(stats, ports, madeOn);
}

/** One row per bucket, one column per series, then a row of totals. */
export function timeseriesCsv(
  data: StatsTimeseriesResponse,
  madeOn = today(),
): StatsCsv {
  const rows = data.buckets.map((bucket, b) => [
    bucket,
    ...data.series.map((s) => countCell(s.counts[b])),
  ]);
  return csvOf(
    [`${data.interval} starting (UK)`, ...data.series.map((s) => s.label)],
    [...rows, ["Total", ...data.series.map((s) => countCell(s.total))]],
    data.suppression,
    madeOn,
    rows.length,
  );
}

/** Top ports or rising categories, each against the previous period of the same length. */
export function summaryCsv(
  data: StatsSummaryResponse,
  table: StatsSummaryTable,
  ports: ReadonlyMap<string, Port>,
  madeOn = today(),
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
    data.suppression,
    madeOn,
  );
}
