// One report as the desk reads it: marking first, then what was reported, the risk
// assessment, the port and its forces, and how the report was closed.
import {
  EditButton,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
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
import { DateTimeField } from "../../common/DateFields";
import { ShowSection } from "../../common/ShowSection";
import {
  categoryChoices,
  channelChoices,
  closureReasonChoices,
  insiderTypeChoices,
  reportStatusChoices,
} from "../../common/choices";
import type { Report } from "../../domain";
import { HandlingBanner } from "./HandlingBanner";
import { RiskField } from "./RiskField";

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
function FreeText({
  source,
}: {
  source: "summary" | "details" | "riskRationale";
}) {
  const record = useRecordContext<Report>();
  return (
    <Typography variant="body1" sx={{ whiteSpace: "pre-wrap" }}>
      {record?.[source] ?? ""}
    </Typography>
  );
}

function InsiderType() {
  const record = useRecordContext<Report>();
  if (record?.category !== "insider_threat") return null;
  return (
    <Labeled source="insiderType">
      <SelectField
        source="insiderType"
        choices={insiderTypeChoices}
        emptyText="Not yet identified"
      />
    </Labeled>
  );
}

/** The port, with the forces the desk routes to, read from the port's reference record. */
function PortWithForces() {
  return (
    <ReferenceField source="portId" reference="ports" link="show">
      <Stack spacing={1.5}>
        <Labeled label="resources.reports.fields.portId">
          <TextField source="name" />
        </Labeled>
        <Labeled label="resources.reports.fields.territorialPoliceForce">
          <TextField source="territorialPoliceForce" />
        </Labeled>
        <Labeled label="resources.reports.fields.portPoliceForce">
          <TextField source="portPoliceForce" emptyText="None" />
        </Labeled>
      </Stack>
    </ReferenceField>
  );
}

function Closure() {
  const record = useRecordContext<Report>();
  if (!record?.closedAt && !record?.closureReason) return null;
  return (
    <ShowSection title="resources.reports.sections.closure">
      <Labeled source="closedAt">
        <DateTimeField source="closedAt" />
      </Labeled>
      <Labeled source="closureReason">
        <SelectField source="closureReason" choices={closureReasonChoices} />
      </Labeled>
    </ShowSection>
  );
}

function ReportShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

export function ReportShow() {
  return (
    <Show
      title={<ReportTitle />}
      actions={<ReportShowActions />}
      component="div"
    >
      <Card>
        <HandlingBanner />
        <CardContent>
          <Grid container spacing={4}>
            <Grid size={{ xs: 12, md: 7 }}>
              <Stack spacing={3}>
                <ShowSection title="resources.reports.sections.summary">
                  <FreeText source="summary" />
                </ShowSection>
                <ShowSection title="resources.reports.sections.details">
                  <FreeText source="details" />
                </ShowSection>
                <ShowSection title="resources.reports.sections.risk">
                  <Labeled source="risk">
                    <RiskField source="risk" />
                  </Labeled>
                  <Labeled source="riskRationale">
                    <FreeText source="riskRationale" />
                  </Labeled>
                  <Labeled source="firstAssessedAt">
                    <DateTimeField
                      source="firstAssessedAt"
                      emptyText="Not yet assessed"
                    />
                  </Labeled>
                </ShowSection>
              </Stack>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <Stack spacing={3} divider={<Divider flexItem />}>
                <ShowSection title="resources.reports.sections.report">
                  <Labeled source="reference">
                    <TextField source="reference" />
                  </Labeled>
                  <Labeled source="receivedAt">
                    <DateTimeField source="receivedAt" />
                  </Labeled>
                  <Labeled source="channel">
                    <SelectField source="channel" choices={channelChoices} />
                  </Labeled>
                  <Labeled source="status">
                    <SelectField
                      source="status"
                      choices={reportStatusChoices}
                    />
                  </Labeled>
                  <Labeled source="category">
                    <SelectField source="category" choices={categoryChoices} />
                  </Labeled>
                  <InsiderType />
                  <Labeled source="handling">
                    <TextField source="handling" />
                  </Labeled>
                </ShowSection>
                <ShowSection title="resources.reports.sections.port">
                  <PortWithForces />
                </ShowSection>
                <Closure />
              </Stack>
            </Grid>
          </Grid>
        </CardContent>
        <HandlingBanner />
      </Card>
    </Show>
  );
}
