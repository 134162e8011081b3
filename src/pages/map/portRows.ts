// The ports table: one row per reference port with its counts in the window, in the API's column
// order, "<5" where the API suppressed a count (the server makes the same table as CSV).
import type { CountCell, Port, StatsPortsResponse } from "../../domain";

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
