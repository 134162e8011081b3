// The ports table and its CSV: one row per reference port with its counts in the window, in the
// API's column order, "<5" where the API suppressed a count.
import {
  categoryLabels,
  formatCount,
  type CountCell,
  type Port,
  type StatsPortsResponse,
} from "../../domain";
import { toCsv } from "../../common/charts/csv";

export interface PortRow {
  port: Port;
  total: CountCell;
  counts: CountCell[];
}

export function portRows(
  stats: StatsPortsResponse,
  ports: ReadonlyMap<string, Port>,
): PortRow[] {
  return stats.ports.flatMap((p) => {
    const port = ports.get(p.portId);
    return port ? [{ port, total: p.total, counts: p.counts }] : [];
  });
}

/** Suppressed counts sort just above zero: they are 1 to 4. */
export const countSortValue = (cell: CountCell | undefined): number =>
  cell === null ? 0.5 : (cell ?? 0);

const csvCount = (cell: CountCell | undefined): string | number =>
  cell === null ? formatCount(null) : (cell ?? 0);

export function portsCsv(
  stats: StatsPortsResponse,
  rows: readonly PortRow[],
): string {
  return toCsv(
    [
      "Port",
      "UN/LOCODE",
      "Nation",
      "Territorial police force",
      "Port police",
      "Reports",
      ...stats.categories.map((c) => categoryLabels[c]),
    ],
    rows.map((row) => [
      row.port.name,
      row.port.unlocode,
      row.port.nation,
      row.port.territorialPoliceForce,
      row.port.portPoliceForce ?? "",
      csvCount(row.total),
      ...row.counts.map(csvCount),
    ]),
  );
}

export function forcesCsv(stats: StatsPortsResponse): string {
  return toCsv(
    ["Territorial police force", "ONS code", "Ports", "Reports"],
    stats.forces.map((f) => [
      f.force,
      f.forceCode ?? "",
      f.portIds.length,
      csvCount(f.total),
    ]),
  );
}
