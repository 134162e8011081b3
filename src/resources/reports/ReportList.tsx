// The triage queue: newest first, 25 a page, paged on the server.
import {
  Datagrid,
  List,
  ReferenceField,
  SelectField,
  TextField,
  useTranslate,
} from "react-admin";
import { DateTimeField } from "../../common/DateFields";
import { ShowLinkField } from "../../common/ShowLinkField";
import { categoryChoices, reportStatusChoices } from "../../common/choices";
import { reportFilters } from "./ReportListFilter";
import { RiskField } from "./RiskField";

export function ReportList() {
  const translate = useTranslate();
  return (
    <List
      title={translate("resources.reports.queue")}
      sort={{ field: "receivedAt", order: "DESC" }}
      perPage={25}
      // Filters and search terms stay in memory, never in the URL (DESIGN.md §7).
      disableSyncWithLocation
      storeKey="reports.listParams"
      filters={reportFilters}
      // Exports must go through the audited export endpoint (DESIGN.md §7), never a client-side CSV.
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ShowLinkField source="reference" />
        <DateTimeField source="receivedAt" />
        <ReferenceField source="portId" reference="ports" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <SelectField source="category" choices={categoryChoices} />
        <RiskField source="risk" />
        <SelectField source="status" choices={reportStatusChoices} />
        <ReferenceField
          source="assigneeId"
          reference="users"
          link={false}
          sortable={false}
          emptyText=""
        />
      </Datagrid>
    </List>
  );
}
