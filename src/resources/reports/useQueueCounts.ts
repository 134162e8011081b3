// How many reports each queue view holds, for the menu. Refreshed when a live event says a report
// arrived or changed, and every minute anyway because reports fall overdue as time passes.
import { useRef } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLiveEvent } from "../../live/LiveEventsProvider";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

export const queueCountsQueryKey = ["reports", "queueCounts"] as const;

/** A burst of events (a bulk close, an intake batch) costs one count, not one per event. */
const settleMs = 750;

export function useQueueCounts(enabled: boolean) {
  const api = usePortSafeApi();
  const queryClient = useQueryClient();
  const pending = useRef<number | undefined>(undefined);

  useLiveEvent((event) => {
    if (
      !enabled ||
      event.type === "report.viewers" ||
      pending.current !== undefined
    )
      return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      void queryClient.invalidateQueries({ queryKey: queueCountsQueryKey });
    }, settleMs);
  });

  return useQuery({
    queryKey: queueCountsQueryKey,
    queryFn: () => api.getQueueCounts(),
    enabled,
    refetchInterval: 60_000,
  });
}
