// After a command the server answers with the report as it now is: show that at once, then
// refetch everything that hangs off it (timeline, referrals, queue counts).
import { useCallback } from "react";
import { useRefresh } from "react-admin";
import { useQueryClient } from "@tanstack/react-query";
import type { Report } from "../../domain";

export function useReplaceReport() {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useCallback(
    (report: Report) => {
      // react-admin's key for useGetOne("reports", { id }).
      queryClient.setQueryData(
        ["reports", "getOne", { id: String(report.id), meta: undefined }],
        report,
      );
      refresh();
    },
    [queryClient, refresh],
  );
}
