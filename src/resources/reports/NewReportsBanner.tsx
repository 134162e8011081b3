// "3 new reports — Show": live events never reorder the queue under the officer's cursor; they
// are counted here, and the rows change only when the officer asks.
import { useState } from "react";
import {
  Button,
  useGetIdentity,
  useListContext,
  useTranslate,
} from "react-admin";
import { Alert, Box } from "@mui/material";
import type { Report } from "../../domain";
import { useLiveEvent } from "../../live/LiveEventsProvider";

export function NewReportsBanner() {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const { data: rows, refetch } = useListContext<Report>();
  const [created, setCreated] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());

  useLiveEvent((event) => {
    if (event.type === "report.created") {
      setCreated((ids) => new Set(ids).add(event.id));
    } else if (
      event.type === "report.changed" &&
      event.actorId !== identity?.id &&
      rows?.some((row) => row.id === event.id)
    ) {
      setChanged((ids) => new Set(ids).add(event.id));
    }
  });

  const show = () => {
    setCreated(new Set());
    setChanged(new Set());
    void refetch();
  };

  const parts = [
    created.size > 0 &&
      translate("triage.queue.newReports", { smart_count: created.size }),
    changed.size > 0 &&
      translate("triage.queue.changedReports", { smart_count: changed.size }),
  ].filter(Boolean);

  // The live region exists before anything is announced, so screen readers hear each change.
  return (
    <Box role="status" aria-live="polite">
      {parts.length > 0 && (
        <Alert
          role="none"
          severity="info"
          sx={{ borderRadius: 0 }}
          action={
            <Button
              label="triage.queue.show"
              onClick={show}
              variant="outlined"
            />
          }
        >
          {parts.join(" · ")}
        </Alert>
      )}
    </Box>
  );
}
