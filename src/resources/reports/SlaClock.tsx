// The service-level clock as words ("Due in 35 min", "Overdue by 2 h") with an icon and a colour
// that only repeat what the words say (DESIGN.md §8: colour is never the only signal).
import { useRecordContext, useTranslate } from "react-admin";
import { Box, Typography } from "@mui/material";
import AlarmIcon from "@mui/icons-material/AlarmOutlined";
import ScheduleIcon from "@mui/icons-material/Schedule";
import { formatDateTime } from "../../common/dates";
import { useNow } from "../../common/useNow";
import { slaState, type Report } from "../../domain";

/** Within this many minutes of the deadline the clock turns amber. */
const soonMinutes = 15;

export function SlaClock({ dueAt }: { dueAt: string | null }) {
  const translate = useTranslate();
  const now = useNow(30_000);
  const state = slaState(dueAt, now);
  if (state.kind === "none") {
    return (
      <Typography
        component="span"
        variant="body2"
        color="text.secondary"
        title={translate("triage.sla.none")}
      >
        {translate("triage.queue.noClock")}
      </Typography>
    );
  }
  const overdue = state.kind === "overdue";
  const soon = !overdue && state.minutes <= soonMinutes;
  const Icon = overdue ? AlarmIcon : ScheduleIcon;
  return (
    <Box
      component="span"
      sx={{
        display: "inline-flex",
        alignItems: "center",
        gap: 0.5,
        whiteSpace: "nowrap",
        fontWeight: overdue || soon ? 700 : 400,
        color: overdue ? "error.main" : soon ? "warning.main" : "text.primary",
      }}
    >
      <Icon fontSize="small" aria-hidden />
      <Typography
        component="span"
        variant="body2"
        sx={{ fontWeight: "inherit" }}
      >
        <time
          dateTime={state.dueAt.toISOString()}
          title={translate("triage.sla.dueAt", {
            when: formatDateTime(state.dueAt.toISOString()),
          })}
        >
          {state.text}
        </time>
      </Typography>
    </Box>
  );
}

/** The clock of the report in context, for the queue's SLA column. */
export function SlaField(_props: {
  source: "slaDueAt";
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return <SlaClock dueAt={record.slaDueAt} />;
}
