// Filters of the account list: search by username or name, role, active or disabled.
import { SelectInput, TextInput } from "react-admin";
import { roleChoices } from "./roleChoices";

const statusChoices = [
  { id: "false", name: "security.accounts.active" },
  { id: "true", name: "security.accounts.disabled" },
];

export const accountFilters = [
  <TextInput key="q" source="q" label="resources.accounts.fields.q" alwaysOn />,
  <SelectInput
    key="role"
    source="role"
    label="resources.accounts.fields.role"
    choices={roleChoices}
    alwaysOn
  />,
  <SelectInput key="disabled" source="disabled" choices={statusChoices} />,
];
