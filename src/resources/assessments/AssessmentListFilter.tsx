// Filters of the assessment list (step names come from the framework API).
import { AutocompleteInput, ReferenceInput, SelectInput } from "react-admin";
import {
  assessmentKindChoices,
  assessmentStatusChoices,
} from "../../common/choices";
import { usePsemsStepChoices } from "./PsemsStepField";

function StepFilterInput(props: { source: string; label?: string }) {
  return <SelectInput {...props} choices={usePsemsStepChoices()} />;
}

export const assessmentFilters = [
  <SelectInput
    key="status"
    source="status"
    choices={assessmentStatusChoices}
    alwaysOn
  />,
  <SelectInput
    key="kind"
    source="kind"
    choices={assessmentKindChoices}
    alwaysOn
  />,
  <StepFilterInput key="step" source="step" />,
  <ReferenceInput
    key="memberId"
    source="memberId"
    reference="members"
    sort={{ field: "name", order: "ASC" }}
  >
    <AutocompleteInput
      optionText="name"
      label="resources.assessments.fields.memberId"
    />
  </ReferenceInput>,
];
