// GET /api/stats/summary: the busiest ports and the fastest-rising categories in a window, each
// against the same length of time just before it. One GROUP BY over both windows' counts together.
import { sql } from "drizzle-orm";
import {
  protectCount,
  reportCategories,
  suppression,
  type ReportCategory,
  type StatsSummaryQuery,
  type StatsSummaryResponse,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { countsTable, countsSource, type CountsRequest } from "./statsCounts";
import { previousWindow } from "./statsFilters";

interface Compared {
  count: number;
  previous: number;
}

function tally(
  map: Map<string, Compared>,
  key: string,
  current: boolean,
  n: number,
) {
  const entry = map.get(key) ?? { count: 0, previous: 0 };
  if (current) entry.count += n;
  else entry.previous += n;
  map.set(key, entry);
}

/** How far a rise exceeds chance: a Poisson-scaled difference, so small bases do not dominate. */
function riseScore({ count, previous }: Compared): number {
  return (count - previous) / Math.sqrt(previous + 1);
}

export async function statsSummary(
  db: Queryable,
  query: StatsSummaryQuery,
  suppress: boolean,
): Promise<StatsSummaryResponse> {
  const from = new Date(query.from);
  const to = new Date(query.to);
  const previous = previousWindow(from, to);
  const window = (from: Date, to: Date): CountsRequest => ({
    from,
    to,
    filters: query,
    groupedBy: ["portId", "category"],
    bucketUnit: null,
  });
  // Each window on its own: a whole month of one may not straddle the boundary between them.
  const [currentCounts, previousCounts] = await Promise.all([
    countsSource(db, window(from, to)),
    countsSource(db, window(previous.from, previous.to)),
  ]);
  const rows = await queryRows<{
    portId: string;
    category: string;
    current: boolean;
    n: number;
  }>(
    db,
    sql`select "portId", category, current, sum(n)::int as n from (
          select ${countsTable.portId} as "portId", ${countsTable.category} as category, true as current, ${countsTable.n} as n from ${currentCounts}
          union all
          select ${countsTable.portId}, ${countsTable.category}, false, ${countsTable.n} from ${previousCounts}
        ) as compared group by 1, 2, 3 having sum(n) <> 0`,
  );
  const byPort = new Map<string, Compared>();
  const byCategory = new Map<string, Compared>();
  const total: Compared = { count: 0, previous: 0 };
  for (const row of rows) {
    tally(byPort, row.portId, row.current, row.n);
    tally(byCategory, row.category, row.current, row.n);
    if (row.current) total.count += row.n;
    else total.previous += row.n;
  }
  // Each count protected on its own; the change is worked out from the values shown, so it is
  // exact for exact counts and a multiple of 5 for published ones.
  const cells = ({ count, previous: before }: Compared) => {
    const shown = {
      count: protectCount(count, suppress),
      previous: protectCount(before, suppress),
    };
    return {
      ...shown,
      change:
        shown.count === null || shown.previous === null
          ? null
          : shown.count - shown.previous,
    };
  };
  // Ranked and filtered by what the caller may see ("<5" between 0 and 5), so neither the order
  // nor which rows make the list tells a published value apart from its true count.
  const seen = (n: number) => protectCount(n, suppress) ?? 2.5;
  const ranked = ({ count, previous: before }: Compared): Compared => ({
    count: seen(count),
    previous: seen(before),
  });
  const topPorts = [...byPort]
    .filter(([, c]) => c.count > 0)
    .sort(
      (a, b) =>
        ranked(b[1]).count - ranked(a[1]).count || (a[0] < b[0] ? -1 : 1),
    )
    .slice(0, query.limit)
    .map(([portId, c]) => ({ portId, ...cells(c) }));
  const risingCategories = reportCategories
    .map(
      (category) =>
        [category, byCategory.get(category) ?? { count: 0, previous: 0 }] as [
          ReportCategory,
          Compared,
        ],
    )
    .filter(([, c]) => ranked(c).count > ranked(c).previous)
    .sort((a, b) => riseScore(ranked(b[1])) - riseScore(ranked(a[1])))
    .slice(0, query.limit)
    .map(([category, c]) => ({ category, ...cells(c) }));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    previousFrom: previous.from.toISOString(),
    total: cells(total),
    topPorts,
    risingCategories,
    suppression: suppression(suppress),
  };
}
