// Reports that may be the same matter, with why each was suggested; the desk links them as
// duplicate or corroborating (both are kept).
import { useState } from "react";
import {
  Link,
  useCanAccess,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Box, Button, Stack, Typography } from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ShowSection } from "../../common/ShowSection";
import { formatDateTime } from "../../common/dates";
import { problemMessage } from "../../common/problems";
import {
  categoryLabels,
  statusLabels,
  type Report,
  type ReportLinkKind,
  type SimilarReport,
} from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { reportEventsKey, similarReportsKey } from "./reportQueryKeys";

function SimilarReportItem({
  report,
  similar,
  canEdit,
}: {
  report: Report;
  similar: SimilarReport;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePortSafeApi();
  const queryClient = useQueryClient();
  const [isPending, setPending] = useState(false);

  async function link(kind: ReportLinkKind) {
    setPending(true);
    try {
      await api.linkReports(report.id, similar.id, kind);
      const kindLabel = translate(`triage.similar.kinds.${kind}`);
      notify("triage.similar.linked", {
        type: "success",
        messageArgs: { reference: similar.reference, kind: kindLabel },
      });
      await queryClient.invalidateQueries({
        queryKey: similarReportsKey(report.id),
      });
      await queryClient.invalidateQueries({
        queryKey: reportEventsKey(report.id),
      });
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
    }
  }

  return (
    <Box
      component="li"
      sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5 }}
    >
      <Typography variant="subtitle2">
        <Link to={`/reports/${similar.id}/show`}>{similar.reference}</Link> ·{" "}
        <time dateTime={similar.receivedAt}>
          {formatDateTime(similar.receivedAt)}
        </time>{" "}
        · {categoryLabels[similar.category]} · {statusLabels[similar.status]}
      </Typography>
      <Typography variant="body2" sx={{ my: 0.5 }}>
        {similar.summary}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {[
          ...similar.reasons,
          translate("triage.similar.similarity", {
            percent: Math.round(similar.similarity * 100),
          }),
        ].join(" · ")}
      </Typography>
      {similar.linkKind ? (
        <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
          {translate("triage.similar.linkedAs", {
            kind: translate(`triage.similar.kinds.${similar.linkKind}`),
          })}
        </Typography>
      ) : (
        canEdit && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button
              size="small"
              variant="outlined"
              disabled={isPending}
              onClick={() => void link("duplicate")}
              aria-label={`${translate("triage.similar.linkDuplicate")}: ${similar.reference}`}
            >
              {translate("triage.similar.linkDuplicate")}
            </Button>
            <Button
              size="small"
              variant="outlined"
              disabled={isPending}
              onClick={() => void link("corroborating")}
              aria-label={`${translate("triage.similar.linkCorroborating")}: ${similar.reference}`}
            >
              {translate("triage.similar.linkCorroborating")}
            </Button>
          </Stack>
        )
      )}
    </Box>
  );
}

export function ReportSimilarPanel() {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const api = usePortSafeApi();
  const { canAccess: canEdit } = useCanAccess({
    resource: "reports",
    action: "edit",
  });
  const reportId = record?.id ?? "";
  const { data: similar = [], isPending } = useQuery({
    queryKey: similarReportsKey(reportId),
    queryFn: () => api.getSimilarReports(reportId),
    enabled: Boolean(record),
  });
  if (!record) return null;
  return (
    <ShowSection title="triage.similar.title">
      {!isPending && similar.length === 0 ? (
        <Typography variant="body2">
          {translate("triage.similar.empty")}
        </Typography>
      ) : (
        <Stack
          component="ul"
          spacing={1}
          sx={{ listStyle: "none", p: 0, m: 0 }}
        >
          {similar.map((item) => (
            <SimilarReportItem
              key={item.id}
              report={record}
              similar={item}
              canEdit={canEdit === true}
            />
          ))}
        </Stack>
      )}
    </ShowSection>
  );
}
