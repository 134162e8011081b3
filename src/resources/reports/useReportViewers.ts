// Who else has this report open. The page says "I am here" every viewerHeartbeatSeconds and
// "I have gone" when it closes; a live event tells us when the others change.
import { useCallback, useEffect, useState } from "react";
import { useGetIdentity } from "react-admin";
import { viewerHeartbeatSeconds, type ReportViewer } from "../../domain";
import { useLiveEvent } from "../../live/LiveEventsProvider";
import { apiUrl } from "../../providers/http";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { reportViewerMethods } from "../../providers/workflowMethods";

export function useReportViewers(reportId: string): ReportViewer[] {
  const api = usePortSafeApi();
  const { data: identity } = useGetIdentity();
  const [viewers, setViewers] = useState<ReportViewer[]>([]);

  useEffect(() => {
    let open = true;
    const show = (list: ReportViewer[]) => {
      if (open) setViewers(list);
    };
    // Presence is a courtesy: a failed heartbeat must never disturb the officer's work.
    const beat = () =>
      api.heartbeatReportViewer(reportId).then(show, () => undefined);
    void beat();
    const timer = window.setInterval(beat, viewerHeartbeatSeconds * 1000);
    // Closing the tab does not unmount React; a keepalive request still says goodbye.
    const onPageHide = () => {
      void fetch(apiUrl(`/reports/${encodeURIComponent(reportId)}/viewers`), {
        method: "DELETE",
        keepalive: true,
        credentials: "same-origin",
      }).catch(() => undefined);
    };
    window.addEventListener("pagehide", onPageHide);
    return () => {
      open = false;
      window.clearInterval(timer);
      window.removeEventListener("pagehide", onPageHide);
      // Straight to the API, not through react-admin: if the session has just ended, saying
      // goodbye must not trigger a second sign-out.
      void reportViewerMethods.leaveReport(reportId).catch(() => undefined);
    };
  }, [api, reportId]);

  const reload = useCallback(() => {
    api.getReportViewers(reportId).then(setViewers, () => undefined);
  }, [api, reportId]);
  useLiveEvent((event) => {
    if (event.type === "report.viewers" && event.id === reportId) reload();
  });

  return viewers.filter((viewer) => viewer.id !== identity?.id);
}
