// The assessment form, shared by create and edit: what kind of assessment, where the member is on
// the four-step journey (step names from the framework API), its status and dates, the reviewer
// and declaration, the maturity scores and the action items. Cross-field rules (a completed
// assessment has a completion date, an independent review has a declared reviewer…) are the
// server's: its field problems come back and show at the input they concern.
import {
  AutocompleteInput,
  DateInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  required,
  useTranslate,
} from "react-admin";
import { Box, Typography } from "@mui/material";
import {
  assessmentKindChoices,
  assessmentStatusChoices,
} from "../../common/choices";
import type { Assessment } from "../../domain";
import { ActionItemsInput } from "./ActionItemsInput";
import { AssessmentReviewerInputs } from "./AssessmentReviewerInputs";
import { AssessmentScoreInputs } from "./AssessmentScoreInputs";
import { usePsemsStepChoices } from "./PsemsStepField";

function FormHeading({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
}

export function AssessmentInputs({ isEdit = false }: { isEdit?: boolean }) {
  const stepChoices = usePsemsStepChoices();
  return (
    <Box sx={{ maxWidth: 720, width: "100%" }}>
      <FormHeading title="resources.assessments.sections.assessment" />
      {isEdit ? (
        <ReferenceField source="memberId" reference="members" link="show">
          <TextField source="name" variant="subtitle1" />
        </ReferenceField>
      ) : (
        <ReferenceInput
          source="memberId"
          reference="members"
          sort={{ field: "name", order: "ASC" }}
        >
          <AutocompleteInput
            optionText="name"
            label="resources.assessments.fields.memberId"
            validate={required()}
          />
        </ReferenceInput>
      )}
      <SelectInput
        source="kind"
        choices={assessmentKindChoices}
        validate={required()}
      />
      <SelectInput source="step" choices={stepChoices} validate={required()} />
      <SelectInput
        source="status"
        choices={assessmentStatusChoices}
        validate={required()}
      />
      <DateInput source="startedOn" />
      <DateInput source="completedOn" />
      <DateInput
        source="dueOn"
        helperText={isEdit ? undefined : "manager.assessment.dueOnDefault"}
      />

      <FormHeading title="resources.assessments.sections.review" />
      <AssessmentReviewerInputs />

      <FormHeading title="resources.assessments.sections.scores" />
      <AssessmentScoreInputs />

      <FormHeading title="resources.assessments.sections.actionItems" />
      <ActionItemsInput />
    </Box>
  );
}

/**
 * The body the API expects: unscored elements left out (a score is 0–4, never empty), and on
 * create no `dueOn` when none was given, so the server picks the member's next review date.
 */
export function assessmentBody(
  data: Partial<Assessment>,
  { isCreate }: { isCreate: boolean },
): Partial<Assessment> {
  const scores = Object.fromEntries(
    Object.entries(data.scores ?? {}).filter(
      (entry): entry is [string, number] => typeof entry[1] === "number",
    ),
  );
  const body: Partial<Assessment> = { ...data, scores };
  if (isCreate && !body.dueOn) delete body.dueOn;
  return body;
}
