// Which queue view the triage queue shows. The view is a filter of the list's params, which live
// in react-admin's memory store (never the URL or localStorage: DESIGN.md §7), so the menu can
// open a view by writing the params and the queue reads them.
import { useCallback } from "react";
import { useStore } from "react-admin";
import { QueueViewSchema, type QueueView } from "../../domain";

/** The store key the triage queue's <List storeKey> uses. */
export const reportListStoreKey = "reports.listParams";

interface StoredListParams {
  filter?: Record<string, unknown>;
  displayedFilters?: Record<string, boolean>;
  sort?: string;
  order?: "ASC" | "DESC";
  page?: number;
  perPage?: number;
}

/** Views whose clock runs from receipt show the oldest report first: it is the most urgent. */
const oldestFirst: ReadonlySet<QueueView> = new Set([
  "unassessed",
  "overdue",
  "immediate",
]);

export function useQueueView() {
  const [params, setParams] = useStore<StoredListParams>(
    reportListStoreKey,
    {},
  );
  const parsed = QueueViewSchema.safeParse(params.filter?.view);
  const activeView = parsed.success ? parsed.data : null;

  /** Opens a view (null: every report) from a clean slate: its own filter, first page. */
  const openQueueView = useCallback(
    (view: QueueView | null) =>
      setParams((previous) => ({
        ...previous,
        filter: view ? { view } : {},
        displayedFilters: {},
        page: 1,
        sort: "receivedAt",
        order: view && oldestFirst.has(view) ? "ASC" : "DESC",
      })),
    [setParams],
  );

  return { activeView, openQueueView };
}
