// The report's timeline, newest first: what happened, who did it, when, and why.
import { useCanAccess, useRecordContext, useTranslate } from "react-admin";
import { Box, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { ShowSection } from "../../common/ShowSection";
import { formatDateTime } from "../../common/dates";
import type { Report, ReportEvent } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { ReportNoteForm } from "./ReportNoteForm";
import { reportEventsKey } from "./reportQueryKeys";

function TimelineEntry({ event }: { event: ReportEvent }) {
  const translate = useTranslate();
  return (
    <Box
      component="li"
      sx={{ borderLeft: 3, borderColor: "divider", pl: 1.5, py: 0.5 }}
    >
      <Typography variant="body2" color="text.secondary">
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>{" "}
        {event.actorName
          ? translate("triage.timeline.by", { name: event.actorName })
          : translate("triage.timeline.system")}
      </Typography>
      <Typography variant="body1">{event.summary}</Typography>
      {event.reason && (
        <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
          {event.kind === "note"
            ? event.reason
            : translate("triage.timeline.reason", { reason: event.reason })}
        </Typography>
      )}
    </Box>
  );
}

export function ReportTimeline() {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const api = usePortSafeApi();
  const { canAccess: canEdit } = useCanAccess({
    resource: "reports",
    action: "edit",
  });
  const reportId = record?.id ?? "";
  const { data: events = [], isPending } = useQuery({
    // The version in the key refetches the timeline whenever the report changes.
    queryKey: [...reportEventsKey(reportId), record?.version],
    queryFn: () => api.getReportEvents(reportId),
    enabled: Boolean(record),
  });
  if (!record) return null;
  return (
    <ShowSection title="triage.timeline.title">
      {canEdit && <ReportNoteForm reportId={record.id} />}
      {!isPending && events.length === 0 ? (
        <Typography variant="body2">
          {translate("triage.timeline.empty")}
        </Typography>
      ) : (
        <Stack
          component="ol"
          spacing={1}
          sx={{ listStyle: "none", p: 0, m: 0 }}
        >
          {[...events].reverse().map((event) => (
            <TimelineEntry key={event.id} event={event} />
          ))}
        </Stack>
      )}
    </ShowSection>
  );
}
