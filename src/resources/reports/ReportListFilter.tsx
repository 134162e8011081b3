// Filters of the triage queue. Search and status are always on; the rest come from "Add filter".
import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minLength,
} from "react-admin";
import {
  categoryChoices,
  reportStatusChoices,
  riskChoices,
} from "../../common/choices";

// The API needs at least two characters to search; a shorter term is simply not sent.
const searchRule = [minLength(2, "Type at least 2 characters to search")];

export const reportFilters = [
  <TextInput
    key="q"
    source="q"
    label="resources.reports.fields.q"
    alwaysOn
    validate={searchRule}
  />,
  <SelectInput
    key="status"
    source="status"
    choices={reportStatusChoices}
    alwaysOn
  />,
  <SelectInput key="risk" source="risk" choices={riskChoices} />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <ReferenceInput
    key="portId"
    source="portId"
    reference="ports"
    sort={{ field: "name", order: "ASC" }}
  >
    <AutocompleteInput
      optionText="name"
      label="resources.reports.fields.portId"
    />
  </ReferenceInput>,
];
