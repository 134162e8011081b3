// Opens the triage views' report list filtered to what the analyst is looking at (a port, a
// pattern's ports and dates). The list keeps its filters in react-admin's memory store, never in
// the URL (DESIGN.md §7), so the filter is written there before going to /reports.
import { useCallback } from "react";
import { useNavigate, useStore } from "react-admin";
import type { ReportListQuery } from "../../domain";
import { reportListStoreKey } from "../../resources/reports/useQueueView";

/** The report list's filters this page can set: any of the API's list filters. */
export type ReportListFilter = Partial<
  Pick<
    ReportListQuery,
    | "portId"
    | "category"
    | "insiderType"
    | "status"
    | "channel"
    | "receivedFrom"
    | "receivedTo"
    | "q"
  >
>;

interface StoredListParams {
  filter?: Record<string, unknown>;
  displayedFilters?: Record<string, boolean>;
  sort?: string;
  order?: "ASC" | "DESC";
  page?: number;
  perPage?: number;
}

export function useOpenReportList() {
  const [, setParams] = useStore<StoredListParams>(reportListStoreKey, {});
  const navigate = useNavigate();
  return useCallback(
    (filter: ReportListFilter) => {
      const defined = Object.fromEntries(
        Object.entries(filter).filter(
          ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
        ),
      );
      setParams((previous) => ({
        ...previous,
        filter: defined,
        // The date inputs show which days are in; the rest show as the list's active filters.
        displayedFilters: {
          receivedFrom: "receivedFrom" in defined,
          receivedTo: "receivedTo" in defined,
        },
        page: 1,
        sort: "receivedAt",
        order: "DESC",
      }));
      navigate("/reports");
    },
    [setParams, navigate],
  );
}
