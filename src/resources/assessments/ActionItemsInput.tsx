// What the assessment found to put right: each action with its owner, due date and status. The
// whole list is sent on save and replaces the stored one; existing items keep their ids.
import {
  ArrayInput,
  DateInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  required,
} from "react-admin";
import { choicesFrom } from "../../common/choices";
import { actionItemStatusLabels } from "../../domain";

const actionItemStatusChoices = choicesFrom(actionItemStatusLabels);

/**
 * react-admin hides each row's remove button until the mouse hovers the row; hidden, it cannot
 * be reached by keyboard either (WCAG 2.1.1), so it is always shown.
 */
export const alwaysShowItemActions = {
  "& .RaSimpleFormIterator-action": { visibility: "visible" },
} as const;

export function ActionItemsInput() {
  return (
    <ArrayInput
      source="actionItems"
      label="resources.assessments.fields.actionItems"
    >
      <SimpleFormIterator inline disableReordering sx={alwaysShowItemActions}>
        <TextInput
          source="description"
          label="manager.actionItems.description"
          validate={[required(), maxLength(500)]}
          multiline
          sx={{ minWidth: 280 }}
        />
        <TextInput
          source="owner"
          label="manager.actionItems.owner"
          validate={[required(), maxLength(120)]}
        />
        <DateInput
          source="dueOn"
          label="manager.actionItems.dueOn"
          validate={required()}
        />
        <SelectInput
          source="status"
          label="manager.actionItems.status"
          choices={actionItemStatusChoices}
          defaultValue="open"
          validate={required()}
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
