// The desk's queue views, with the conditions of the server's queueViewCondition
// (server/routes/reportsRepository.ts): used for the menu's counts and the list's `view` filter.
import {
  queueViews,
  type QueueCounts,
  type QueueView,
  type Report,
} from "../../src/domain";

/** `me` is the signed-in user's id; `nowMs` decides what is overdue. */
export function inQueueView(
  view: QueueView,
  report: Report,
  me: string,
  nowMs: number,
): boolean {
  switch (view) {
    case "unassessed":
      return report.status === "new";
    case "mine":
      return report.assigneeId === me && report.status !== "closed";
    case "overdue":
      // A report with no clock (null) is never overdue, as `null < now` is not true in SQL.
      return report.slaDueAt !== null && Date.parse(report.slaDueAt) < nowMs;
    case "immediate":
      return report.risk === "immediate" && report.status !== "closed";
    case "on_hold":
      return report.status === "on_hold";
    case "open":
      return report.status !== "closed";
    case "closed":
      return report.status === "closed";
  }
}

export function countQueues(
  reports: readonly Report[],
  me: string,
  nowMs: number,
): QueueCounts {
  const counts = Object.fromEntries(
    queueViews.map((view) => [view, 0]),
  ) as QueueCounts;
  for (const report of reports) {
    for (const view of queueViews) {
      if (inQueueView(view, report, me, nowMs)) counts[view] += 1;
    }
  }
  return counts;
}
