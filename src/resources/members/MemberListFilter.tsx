// Filters of the member register.
import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from "react-admin";
import { memberStatusChoices, memberTypeChoices } from "../../common/choices";

export const memberFilters = [
  <TextInput key="q" source="q" label="resources.members.fields.q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={memberStatusChoices}
    alwaysOn
  />,
  <SelectInput key="type" source="type" choices={memberTypeChoices} />,
  <ReferenceInput
    key="portId"
    source="portId"
    reference="ports"
    sort={{ field: "name", order: "ASC" }}
  >
    <AutocompleteInput
      optionText="name"
      label="resources.members.fields.portId"
    />
  </ReferenceInput>,
];
