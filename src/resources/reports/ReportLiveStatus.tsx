// What colleagues are doing with the open report: who else has it open, and a notice (never an
// automatic reload under the officer's hands) when someone else has changed it.
import { useState } from "react";
import {
  Button,
  useGetIdentity,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { Alert, Box, Stack } from "@mui/material";
import VisibilityIcon from "@mui/icons-material/VisibilityOutlined";
import type { Report } from "../../domain";
import { useLiveEvent } from "../../live/LiveEventsProvider";
import { useReportViewers } from "./useReportViewers";

function useChangedElsewhere(record: Report): boolean {
  const { data: identity } = useGetIdentity();
  const [latestVersion, setLatestVersion] = useState(0);
  useLiveEvent((event) => {
    if (
      event.type === "report.changed" &&
      event.id === record.id &&
      event.actorId !== identity?.id
    ) {
      setLatestVersion((version) => Math.max(version, event.version));
    }
  });
  return latestVersion > record.version;
}

export function ReportLiveStatus() {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return <LiveStatusOf record={record} />;
}

function LiveStatusOf({ record }: { record: Report }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const viewers = useReportViewers(record.id);
  const changed = useChangedElsewhere(record);
  return (
    <Box role="status" aria-live="polite">
      <Stack spacing={1}>
        {changed && (
          <Alert
            role="none"
            severity="warning"
            action={
              <Button
                label="triage.live.reload"
                onClick={refresh}
                variant="outlined"
              />
            }
          >
            {translate("triage.live.changed")}
          </Alert>
        )}
        {viewers.length > 0 && (
          <Alert role="none" severity="info" icon={<VisibilityIcon />}>
            {translate("triage.live.alsoViewing", {
              names: viewers.map((v) => v.displayName).join(", "),
            })}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}
