// Opens the triage views' report list filtered to what the analyst is looking at (a port, or
// exactly a pattern's reports). The list keeps its filters in react-admin's memory store, never
// in the URL (DESIGN.md §7), so the filter is written there before going to /reports, with a
// name for chosen ids (the pattern's title) for the list to show; both live in memory only.
import { useCallback } from "react";
import { useNavigate, useStore } from "react-admin";
import type { ReportListQuery } from "../../domain";
import {
  reportSelectionStoreKey,
  type ReportSelection,
} from "../../resources/reports/SelectedReportsFilter";
import { reportListStoreKey } from "../../resources/reports/useQueueView";

/** The report list's filters this page can set: any of the API's list filters. */
export type ReportListFilter = Partial<
  Pick<
    ReportListQuery,
    | "id"
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
  const [, setSelection] = useStore<ReportSelection | null>(
    reportSelectionStoreKey,
    null,
  );
  const navigate = useNavigate();
  return useCallback(
    /** `selectionLabel` names the reports of an `id` filter in the list's active filters. */
    (filter: ReportListFilter, selectionLabel?: string) => {
      const defined = Object.fromEntries(
        Object.entries(filter).filter(
          ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
        ),
      );
      setSelection(
        filter.id && selectionLabel
          ? { ids: filter.id, label: selectionLabel }
          : null,
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
    [setParams, setSelection, navigate],
  );
}
