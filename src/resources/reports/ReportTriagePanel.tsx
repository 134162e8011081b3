// The top of the desk's side of a report: where it stands (status, clock, assignee) and what can
// be done next (assign, move). Analysts see where it stands only.
import { useRef } from "react";
import {
  Labeled,
  SelectField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Stack, Typography } from "@mui/material";
import { reportStatusChoices } from "../../common/choices";
import { UserName } from "../../common/UserName";
import type { Report } from "../../domain";
import { ReportAssignmentControls } from "./ReportAssignmentControls";
import { ReportWorkflowButtons } from "./ReportWorkflowButtons";
import { SlaClock } from "./SlaClock";

export function ReportTriagePanel() {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const heading = useRef<HTMLHeadingElement>(null);
  const { canAccess: canEdit } = useCanAccess({
    resource: "reports",
    action: "edit",
  });
  if (!record) return null;
  return (
    <Stack
      component="section"
      spacing={1.5}
      aria-labelledby="triage-panel-heading"
    >
      <Typography
        id="triage-panel-heading"
        component="h2"
        variant="h6"
        ref={heading}
        tabIndex={-1}
      >
        {translate("triage.panel.title")}
      </Typography>
      <Stack direction="row" spacing={4} sx={{ flexWrap: "wrap" }}>
        <Labeled label="triage.panel.status">
          <SelectField source="status" choices={reportStatusChoices} />
        </Labeled>
        <Labeled label="triage.panel.clock">
          <SlaClock dueAt={record.slaDueAt} />
        </Labeled>
        <Labeled label="triage.panel.assignee">
          <Typography component="span" variant="body2">
            <UserName id={record.assigneeId} />
          </Typography>
        </Labeled>
      </Stack>
      {canEdit && (
        <>
          <ReportAssignmentControls />
          <ReportWorkflowButtons onMoved={() => heading.current?.focus()} />
        </>
      )}
    </Stack>
  );
}
