// Filters of the triage queue. Search and status are always on; the rest come from "Add filter".
// The queue view (unassessed, mine, …) is a filter too, set from the menu.
import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minLength,
} from "react-admin";
import {
  categoryChoices,
  channelChoices,
  insiderTypeChoices,
  nationChoices,
  reportStatusChoices,
  riskChoices,
} from "../../common/choices";
import { localDayOf, startOfDayIso } from "../../common/dates";
import { ukPorts } from "../../domain/reference/ukPorts";

// The API needs at least two characters to search; a shorter term is simply not sent.
const searchRule = [minLength(2, "Type at least 2 characters to search")];

/** Territorial forces that police at least one port, for the force filter. */
const forceChoices = [
  ...new Set(ukPorts.map((port) => port.territorialPoliceForce)),
]
  .sort((a, b) => a.localeCompare(b))
  .map((force) => ({ id: force, name: force }));

/** The date inputs show days; the API takes instants: from the start of the first day, up to
 * (not including) the start of the day after the last. */
const fromDay = {
  parse: (day: string) => (day ? startOfDayIso(day) : undefined),
  format: (iso?: string) => (iso ? localDayOf(iso) : ""),
};
const toDay = {
  parse: (day: string) => (day ? startOfDayIso(day, 1) : undefined),
  format: (iso?: string) => (iso ? localDayOf(iso, -1) : ""),
};

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
  <SelectInput
    key="insiderType"
    source="insiderType"
    choices={insiderTypeChoices}
  />,
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
  <SelectInput key="nation" source="nation" choices={nationChoices} />,
  <AutocompleteInput key="force" source="force" choices={forceChoices} />,
  <SelectInput key="channel" source="channel" choices={channelChoices} />,
  <ReferenceInput
    key="assigneeId"
    source="assigneeId"
    reference="users"
    filter={{ role: "desk" }}
    sort={{ field: "displayName", order: "ASC" }}
  >
    <SelectInput
      optionText="displayName"
      label="resources.reports.fields.assigneeId"
    />
  </ReferenceInput>,
  <DateInput key="receivedFrom" source="receivedFrom" {...fromDay} />,
  <DateInput key="receivedTo" source="receivedTo" {...toDay} />,
];
