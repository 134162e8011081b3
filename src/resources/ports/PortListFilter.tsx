// Filters of the port reference list.
import { SelectInput, TextInput } from "react-admin";
import { nationChoices, portTierChoices } from "../../common/choices";

export const portFilters = [
  <TextInput key="q" source="q" label="resources.ports.fields.q" alwaysOn />,
  <SelectInput key="nation" source="nation" choices={nationChoices} alwaysOn />,
  <SelectInput key="tier" source="tier" choices={portTierChoices} alwaysOn />,
];
