// GET /api/stats/ports in the mock: reports per port and category, with territorial force
// totals, suppressed exactly as server/routes/statsPortsRepository.ts does.
import {
  applySuppression,
  reportCategories,
  suppression,
  type Port,
  type Report,
  type StatsPortsQuery,
  type StatsPortsResponse,
  type SumConstraint,
} from "../../src/domain";
import { matchesStats } from "./statsFilters";

export function portStats(
  reports: readonly Report[],
  allPorts: readonly Port[],
  query: StatsPortsQuery,
  suppress: boolean,
): StatsPortsResponse {
  const fromMs = Date.parse(query.from);
  const toMs = Date.parse(query.to);
  const categories = reportCategories.filter(
    (c) => !query.category || query.category.includes(c),
  );
  // The server orders ports by id in code-unit order.
  const ports = [...allPorts].sort((a, b) => (a.id < b.id ? -1 : 1));
  const forces = [
    ...new Set(ports.map((p) => p.territorialPoliceForce)),
  ].sort();
  const C = categories.length;
  const P = ports.length;
  const portIndex = new Map(ports.map((p, i) => [p.id, i]));
  const counts = new Array<number>(P * C + P + forces.length + 1).fill(0);
  for (const report of reports) {
    if (!matchesStats(report, undefined, fromMs, toMs, query)) continue;
    const p = portIndex.get(report.portId);
    const c = categories.indexOf(report.category);
    if (p !== undefined && c >= 0) counts[p * C + c]! += 1;
  }
  const portTotal = (p: number) => P * C + p;
  const forceTotal = (f: number) => P * C + P + f;
  const grandTotal = counts.length - 1;
  const sums: SumConstraint[] = [];
  ports.forEach((port, p) => {
    const parts = categories.map((_, c) => p * C + c);
    counts[portTotal(p)] = parts.reduce((sum, i) => sum + counts[i]!, 0);
    counts[forceTotal(forces.indexOf(port.territorialPoliceForce))]! +=
      counts[portTotal(p)]!;
    sums.push({ total: portTotal(p), parts });
  });
  forces.forEach((force, f) => {
    const parts = ports.flatMap((port, p) =>
      port.territorialPoliceForce === force ? [portTotal(p)] : [],
    );
    sums.push({ total: forceTotal(f), parts });
    counts[grandTotal]! += counts[forceTotal(f)]!;
  });
  sums.push({ total: grandTotal, parts: forces.map((_, f) => forceTotal(f)) });

  const cells = applySuppression(counts, sums, suppress);
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    suppression: suppression(suppress),
    categories,
    ports: ports.map((port, p) => ({
      portId: port.id,
      total: cells[portTotal(p)]!,
      counts: categories.map((_, c) => cells[p * C + c]!),
    })),
    forces: forces.map((force, f) => ({
      force,
      forceCode:
        ports.find((p) => p.territorialPoliceForce === force)
          ?.territorialPoliceCode ?? null,
      total: cells[forceTotal(f)]!,
      portIds: ports
        .filter((p) => p.territorialPoliceForce === force)
        .map((p) => p.id),
    })),
    total: cells[grandTotal]!,
  };
}
