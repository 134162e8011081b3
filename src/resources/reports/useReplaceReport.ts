// After a command the server answers with the report as it now is. That record goes straight into
// react-admin's cache, so the page shows it without fetching it again; only what the change can
// affect is marked stale: the report lists (a report may leave or join a view), the queue counts,
// and its referral suggestions and similar reports (both follow port and category). Its timeline refetches by itself,
// because the timeline's query key carries the report's version.
import { useCallback } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Report } from "../../domain";
import {
  referralSuggestionsKey,
  reportEventsKey,
  reportListsKeys,
  reportRecordKey,
  similarReportsKey,
} from "./reportQueryKeys";
import { queueCountsQueryKey } from "./useQueueCounts";

export function useReplaceReport() {
  const queryClient = useQueryClient();
  return useCallback(
    (...changed: Report[]) => {
      for (const report of changed) {
        queryClient.setQueryData(reportRecordKey(report.id), report);
        for (const queryKey of [
          referralSuggestionsKey(report.id),
          similarReportsKey(report.id),
        ])
          void queryClient.invalidateQueries({ queryKey });
      }
      // Inactive queries are only marked stale: they refetch when next shown, not now.
      for (const queryKey of [...reportListsKeys, queueCountsQueryKey])
        void queryClient.invalidateQueries({ queryKey });
    },
    [queryClient],
  );
}

/** After a referral is sent or updated: the referral lists and the report's timeline. */
export function useReferralsChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (reportId: string) => {
      void queryClient.invalidateQueries({ queryKey: ["referrals"] });
      void queryClient.invalidateQueries({
        queryKey: reportEventsKey(reportId),
      });
    },
    [queryClient],
  );
}
