// Filters of the member register: by port and where it is (nation, territorial force, tier), by
// the member itself (type, status) and by where its PSeMS review stands (incl. overdue, due soon).
import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from "react-admin";
import {
  choicesFrom,
  memberStatusChoices,
  memberTypeChoices,
  nationChoices,
  portTierChoices,
} from "../../common/choices";
import { assessmentStateLabels } from "../../domain";
import { forceNames, usePorts } from "./usePorts";

export const assessmentStateChoices = choicesFrom(assessmentStateLabels);

function ForceFilterInput(props: { source: string; label?: string }) {
  const { data: ports = [] } = usePorts();
  const choices = forceNames(ports).map((name) => ({ id: name, name }));
  return <SelectInput {...props} choices={choices} isPending={!ports.length} />;
}

export const memberFilters = [
  <TextInput key="q" source="q" label="resources.members.fields.q" alwaysOn />,
  <SelectInput
    key="assessmentState"
    source="assessmentState"
    choices={assessmentStateChoices}
    alwaysOn
  />,
  <SelectInput
    key="status"
    source="status"
    choices={memberStatusChoices}
    alwaysOn
  />,
  <SelectInput key="type" source="type" choices={memberTypeChoices} />,
  <SelectInput key="nation" source="nation" choices={nationChoices} />,
  <ForceFilterInput key="force" source="force" />,
  <SelectInput key="tier" source="tier" choices={portTierChoices} />,
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
