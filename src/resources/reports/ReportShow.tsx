// One report as the desk works it: marking first; who else is looking; what was reported, similar
// reports and the timeline on the left; triage, the risk assessment, referrals and the facts
// on the right. Every change goes through ReportConflictProvider, so none is lost.
import {
  EditButton,
  Show,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from "react-admin";
import {
  Card,
  CardContent,
  Divider,
  Grid,
  Stack,
  Typography,
} from "@mui/material";
import { ShowSection } from "../../common/ShowSection";
import type { Report } from "../../domain";
import { ReportReferralsPanel } from "../referrals/ReportReferralsPanel";
import { HandlingBanner } from "./HandlingBanner";
import { ReportAssessmentForm } from "./ReportAssessmentForm";
import { ReportConflictProvider } from "./ReportConflictProvider";
import { ReportClosure, ReportFacts } from "./ReportFacts";
import { ReportLiveStatus } from "./ReportLiveStatus";
import { ReportRiskSummary } from "./ReportRiskSummary";
import { ReportSimilarPanel } from "./ReportSimilarPanel";
import { ReportTimeline } from "./ReportTimeline";
import { ReportTriagePanel } from "./ReportTriagePanel";

function ReportTitle() {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  return (
    <>
      {record
        ? record.reference
        : translate("resources.reports.name", { smart_count: 1 })}
    </>
  );
}

/** Long free text keeps the reporter's line breaks. */
function FreeText({ source }: { source: "summary" | "details" }) {
  const record = useRecordContext<Report>();
  return (
    <Typography variant="body1" sx={{ whiteSpace: "pre-wrap" }}>
      {record?.[source] ?? ""}
    </Typography>
  );
}

function ReportShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

function RiskAssessment() {
  const { canAccess: canEdit } = useCanAccess({
    resource: "reports",
    action: "edit",
  });
  return (
    <ShowSection title="resources.reports.sections.risk">
      {canEdit ? <ReportAssessmentForm /> : <ReportRiskSummary />}
    </ShowSection>
  );
}

export function ReportShow() {
  return (
    <Show
      title={<ReportTitle />}
      actions={<ReportShowActions />}
      component="div"
      // The record on screen changes only when the officer acts or asks to reload.
      queryOptions={{ refetchOnWindowFocus: false }}
    >
      <ReportConflictProvider>
        <Card>
          <HandlingBanner />
          <CardContent>
            <Stack spacing={2}>
              <ReportLiveStatus />
              <Grid container spacing={4}>
                <Grid size={{ xs: 12, md: 7 }}>
                  <Stack spacing={3} divider={<Divider flexItem />}>
                    <ShowSection title="resources.reports.sections.summary">
                      <FreeText source="summary" />
                    </ShowSection>
                    <ShowSection title="resources.reports.sections.details">
                      <FreeText source="details" />
                    </ShowSection>
                    <ReportSimilarPanel />
                    <ReportTimeline />
                  </Stack>
                </Grid>
                <Grid size={{ xs: 12, md: 5 }}>
                  <Stack spacing={3} divider={<Divider flexItem />}>
                    <ReportTriagePanel />
                    <RiskAssessment />
                    <ReportReferralsPanel />
                    <ReportFacts />
                    <ReportClosure />
                  </Stack>
                </Grid>
              </Grid>
            </Stack>
          </CardContent>
          <HandlingBanner />
        </Card>
      </ReportConflictProvider>
    </Show>
  );
}
