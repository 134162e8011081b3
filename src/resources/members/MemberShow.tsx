// One member: the organisation, its security contact, the PortSafe services it has, where its
// PSeMS review stands, and its assessments.
import {
  CreateButton,
  Datagrid,
  EditButton,
  EmailField,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
} from "react-admin";
import { Card, CardContent, Grid, Stack } from "@mui/material";
import { DateOnlyField } from "../../common/DateFields";
import { ShowLinkField } from "../../common/ShowLinkField";
import { ShowSection } from "../../common/ShowSection";
import { YesNoField } from "../../common/YesNoField";
import {
  assessmentStatusChoices,
  memberStatusChoices,
  memberTypeChoices,
} from "../../common/choices";
import type { Member } from "../../domain";
import { assessmentKindLabel } from "../assessments/assessmentLabel";
import { PsemsStepField } from "../assessments/PsemsStepField";
import { MemberReviewSection } from "./MemberReviewSection";

function MemberTitle() {
  const record = useRecordContext<Member>();
  return <>{record?.name ?? ""}</>;
}

/** Opens the assessment form with this member already chosen (the id travels in router state). */
function RecordAssessmentButton() {
  const member = useRecordContext<Member>();
  if (!member) return null;
  return (
    <CreateButton
      resource="assessments"
      label="manager.assessment.record"
      state={{ record: { memberId: member.id } }}
    />
  );
}

function MemberShowActions() {
  return (
    <TopToolbar>
      <EditButton />
      <RecordAssessmentButton />
    </TopToolbar>
  );
}

function MemberAssessments() {
  return (
    <ReferenceManyField
      reference="assessments"
      target="memberId"
      sort={{ field: "dueOn", order: "DESC" }}
      perPage={25}
      empty={<>No assessments recorded yet.</>}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ShowLinkField source="kind" format={assessmentKindLabel} />
        <PsemsStepField source="step" />
        <SelectField source="status" choices={assessmentStatusChoices} />
        <DateOnlyField source="completedOn" emptyText="Not completed" />
        <DateOnlyField source="dueOn" />
        <TextField source="reviewerName" emptyText="" sortable={false} />
      </Datagrid>
    </ReferenceManyField>
  );
}

export function MemberShow() {
  return (
    <Show
      title={<MemberTitle />}
      actions={<MemberShowActions />}
      component="div"
    >
      <Card>
        <CardContent>
          <Grid container spacing={4}>
            <Grid size={{ xs: 12, md: 6 }}>
              <Stack spacing={3}>
                <ShowSection title="resources.members.sections.organisation">
                  <Labeled source="name">
                    <TextField source="name" />
                  </Labeled>
                  <Labeled source="type">
                    <SelectField source="type" choices={memberTypeChoices} />
                  </Labeled>
                  <Labeled source="portId">
                    <ReferenceField
                      source="portId"
                      reference="ports"
                      link="show"
                    >
                      <TextField source="name" />
                    </ReferenceField>
                  </Labeled>
                  <Labeled source="status">
                    <SelectField
                      source="status"
                      choices={memberStatusChoices}
                    />
                  </Labeled>
                  <Labeled source="joinedOn">
                    <DateOnlyField source="joinedOn" />
                  </Labeled>
                </ShowSection>
                <MemberReviewSection />
              </Stack>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Stack spacing={3}>
                <ShowSection title="resources.members.sections.contact">
                  <Labeled source="contactName">
                    <TextField source="contactName" />
                  </Labeled>
                  <Labeled source="contactRole">
                    <TextField source="contactRole" />
                  </Labeled>
                  <Labeled source="contactEmail">
                    <EmailField source="contactEmail" />
                  </Labeled>
                  <Labeled source="contactPhone">
                    <TextField source="contactPhone" emptyText="Not given" />
                  </Labeled>
                </ShowSection>
                <ShowSection title="resources.members.sections.services">
                  <Labeled source="assetPackIssued">
                    <YesNoField source="assetPackIssued" />
                  </Labeled>
                  <Labeled source="actAccess">
                    <YesNoField source="actAccess" />
                  </Labeled>
                  <Labeled source="newsletter">
                    <YesNoField source="newsletter" />
                  </Labeled>
                </ShowSection>
              </Stack>
            </Grid>
            <Grid size={12}>
              <ShowSection title="resources.members.sections.assessments">
                <MemberAssessments />
              </ShowSection>
            </Grid>
          </Grid>
        </CardContent>
      </Card>
    </Show>
  );
}
