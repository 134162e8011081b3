// Filters of the assessment list.
import { AutocompleteInput, ReferenceInput, SelectInput } from "react-admin";
import {
  assessmentKindChoices,
  assessmentStatusChoices,
} from "../../common/choices";

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
