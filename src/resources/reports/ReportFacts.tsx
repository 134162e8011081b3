// The facts of a report as received: reference, dates, channel, category, marking, the port and
// the forces that police it, and how it was closed.
import {
  Labeled,
  ReferenceField,
  SelectField,
  TextField,
  useRecordContext,
} from "react-admin";
import { Stack } from "@mui/material";
import { DateTimeField } from "../../common/DateFields";
import { ShowSection } from "../../common/ShowSection";
import {
  categoryChoices,
  channelChoices,
  closureReasonChoices,
  insiderTypeChoices,
} from "../../common/choices";
import type { Report } from "../../domain";

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

export function ReportClosure() {
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

export function ReportFacts() {
  return (
    <>
      <ShowSection title="resources.reports.sections.report">
        <Labeled source="reference">
          <TextField source="reference" />
        </Labeled>
        <Labeled source="externalRef">
          <TextField source="externalRef" />
        </Labeled>
        <Labeled source="receivedAt">
          <DateTimeField source="receivedAt" />
        </Labeled>
        <Labeled source="channel">
          <SelectField source="channel" choices={channelChoices} />
        </Labeled>
        <Labeled source="category">
          <SelectField source="category" choices={categoryChoices} />
        </Labeled>
        <InsiderType />
        <Labeled source="handling">
          <TextField source="handling" />
        </Labeled>
        <Labeled source="firstAssessedAt">
          <DateTimeField
            source="firstAssessedAt"
            emptyText="Not yet assessed"
          />
        </Labeled>
      </ShowSection>
      <ShowSection title="resources.reports.sections.port">
        <PortWithForces />
      </ShowSection>
    </>
  );
}
