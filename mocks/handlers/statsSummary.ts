// GET /api/stats/summary in the mock: the busiest ports and fastest-rising categories against
// the previous period, ranked and suppressed as server/routes/statsSummaryRepository.ts does.
import {
  reportCategories,
  suppressCount,
  suppression,
  type Port,
  type ReportCategory,
  type Report,
  type StatsSummaryQuery,
  type StatsSummaryResponse,
} from "../../src/domain";
import { matchesStats, previousWindow } from "./statsFilters";

interface Compared {
  count: number;
  previous: number;
}

function tally(map: Map<string, Compared>, key: string, current: boolean) {
  const entry = map.get(key) ?? { count: 0, previous: 0 };
  if (current) entry.count += 1;
  else entry.previous += 1;
  map.set(key, entry);
}

function riseScore({ count, previous }: Compared): number {
  return (count - previous) / Math.sqrt(previous + 1);
}

export function statsSummary(
  reports: readonly Report[],
  portById: (id: string) => Port | undefined,
  query: StatsSummaryQuery,
  suppress: boolean,
): StatsSummaryResponse {
  const fromMs = Date.parse(query.from);
  const toMs = Date.parse(query.to);
  const previous = previousWindow(fromMs, toMs);
  const byPort = new Map<string, Compared>();
  const byCategory = new Map<string, Compared>();
  const total: Compared = { count: 0, previous: 0 };
  for (const report of reports) {
    const port = portById(report.portId);
    if (!matchesStats(report, port, previous.fromMs, toMs, query)) continue;
    const current = Date.parse(report.receivedAt) >= fromMs;
    tally(byPort, report.portId, current);
    tally(byCategory, report.category, current);
    if (current) total.count += 1;
    else total.previous += 1;
  }
  const cells = ({ count, previous: before }: Compared) => {
    const shown = {
      count: suppressCount(count, suppress),
      previous: suppressCount(before, suppress),
    };
    return {
      ...shown,
      change:
        shown.count === null || shown.previous === null ? null : count - before,
    };
  };
  const topPorts = [...byPort]
    .filter(([, c]) => c.count > 0)
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, query.limit)
    .map(([portId, c]) => ({ portId, ...cells(c) }));
  const risingCategories = reportCategories
    .map((category): [ReportCategory, Compared] => [
      category,
      byCategory.get(category) ?? { count: 0, previous: 0 },
    ])
    .filter(([, c]) => c.count > c.previous)
    .sort((a, b) => riseScore(b[1]) - riseScore(a[1]))
    .slice(0, query.limit)
    .map(([category, c]) => ({ category, ...cells(c) }));
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    previousFrom: new Date(previous.fromMs).toISOString(),
    total: cells(total),
    topPorts,
    risingCategories,
    suppression: suppression(suppress),
  };
}
