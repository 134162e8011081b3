// "Claim next": the server hands the caller the most urgent unassessed report and moves it into
// triage; the app opens it. An empty queue is said plainly rather than shown as an error.
import { useCallback, useState } from "react";
import { useNavigate, useNotify } from "react-admin";
import { problemMessage } from "../../common/problems";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { useReplaceReport } from "./useReplaceReport";

export function useClaimNextReport() {
  const api = usePortSafeApi();
  const notify = useNotify();
  const navigate = useNavigate();
  const replaceReport = useReplaceReport();
  const [isPending, setPending] = useState(false);

  const claimNext = useCallback(async () => {
    if (isPending) return;
    setPending(true);
    try {
      const report = await api.claimNextReport();
      if (!report) {
        notify("triage.claim.empty", { type: "info" });
        return;
      }
      notify("triage.claim.claimed", {
        type: "success",
        messageArgs: { reference: report.reference },
      });
      // The claimed version goes straight on screen: the queue's copy of it is already stale.
      replaceReport(report);
      navigate(`/reports/${report.id}/show`);
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
    }
  }, [api, isPending, navigate, notify, replaceReport]);

  return { claimNext, isPending };
}
