// One PSeMS assessment: where the member is on the journey, who reviewed it, its scores (chart
// and table) and action items; managers edit it or start the next assessment from it.
import {
  EditButton,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
} from "react-admin";
import { Card, CardContent, Grid } from "@mui/material";
import { DateOnlyField } from "../../common/DateFields";
import { ShowSection } from "../../common/ShowSection";
import { YesNoField } from "../../common/YesNoField";
import {
  assessmentKindChoices,
  assessmentStatusChoices,
} from "../../common/choices";
import type { Assessment } from "../../domain";
import { ActionItemsTable } from "./ActionItemsTable";
import { AssessmentScores } from "./AssessmentScores";
import { assessmentLabel } from "./assessmentLabel";
import { PsemsStepField } from "./PsemsStepField";
import { StartFromBaselineButton } from "./StartFromBaselineButton";

function AssessmentTitle() {
  const record = useRecordContext<Assessment>();
  return <>{record ? assessmentLabel(record) : ""}</>;
}

function AssessmentShowActions() {
  return (
    <TopToolbar>
      <EditButton />
      <StartFromBaselineButton />
    </TopToolbar>
  );
}

export function AssessmentShow() {
  return (
    <Show
      title={<AssessmentTitle />}
      actions={<AssessmentShowActions />}
      component="div"
    >
      <Card>
        <CardContent>
          <Grid container spacing={4}>
            <Grid size={{ xs: 12, md: 6 }}>
              <ShowSection title="resources.assessments.sections.assessment">
                <Labeled source="memberId">
                  <ReferenceField
                    source="memberId"
                    reference="members"
                    link="show"
                  >
                    <TextField source="name" />
                  </ReferenceField>
                </Labeled>
                <Labeled source="kind">
                  <SelectField source="kind" choices={assessmentKindChoices} />
                </Labeled>
                <Labeled source="step">
                  <PsemsStepField source="step" />
                </Labeled>
                <Labeled source="status">
                  <SelectField
                    source="status"
                    choices={assessmentStatusChoices}
                  />
                </Labeled>
                <Labeled source="startedOn">
                  <DateOnlyField source="startedOn" emptyText="Not started" />
                </Labeled>
                <Labeled source="completedOn">
                  <DateOnlyField
                    source="completedOn"
                    emptyText="Not completed"
                  />
                </Labeled>
                <Labeled source="dueOn">
                  <DateOnlyField source="dueOn" />
                </Labeled>
              </ShowSection>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <ShowSection title="resources.assessments.sections.review">
                <Labeled source="reviewerName">
                  <TextField source="reviewerName" emptyText="Not assigned" />
                </Labeled>
                <Labeled source="conflictOfInterestDeclared">
                  <YesNoField source="conflictOfInterestDeclared" />
                </Labeled>
                <Labeled source="accountableManager">
                  <TextField
                    source="accountableManager"
                    emptyText="Not named"
                  />
                </Labeled>
              </ShowSection>
            </Grid>
            <Grid size={12}>
              <ShowSection title="resources.assessments.sections.scores">
                <AssessmentScores />
              </ShowSection>
            </Grid>
            <Grid size={12}>
              <ShowSection title="resources.assessments.sections.actionItems">
                <ActionItemsTable />
              </ShowSection>
            </Grid>
          </Grid>
        </CardContent>
      </Card>
    </Show>
  );
}
