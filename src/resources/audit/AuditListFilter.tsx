// Filters of the audit log: action, who, and a date range (days in the officer's time zone,
// sent as instants: from the start of the first day up to the start of the day after the last).
import { DateInput, TextInput, minLength } from "react-admin";
import { localDayOf, startOfDayIso } from "../../common/dates";

const fromDay = {
  parse: (day: string) => (day ? startOfDayIso(day) : undefined),
  format: (iso?: string) => (iso ? localDayOf(iso) : ""),
};
const toDay = {
  parse: (day: string) => (day ? startOfDayIso(day, 1) : undefined),
  format: (iso?: string) => (iso ? localDayOf(iso, -1) : ""),
};

// The API takes actions of 2 characters or more; a shorter one is simply not sent.
const actionRule = [minLength(2)];

export const auditFilters = [
  <TextInput
    key="action"
    source="action"
    helperText="security.audit.actionHelp"
    validate={actionRule}
    alwaysOn
  />,
  <TextInput
    key="actorName"
    source="actorName"
    helperText="security.audit.actorHelp"
    alwaysOn
  />,
  <DateInput key="from" source="from" alwaysOn {...fromDay} />,
  <DateInput key="to" source="to" alwaysOn {...toDay} />,
];
