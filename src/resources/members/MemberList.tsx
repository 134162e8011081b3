// The PortSafe member register, alphabetical.
import {
  Datagrid,
  List,
  ReferenceField,
  SelectField,
  TextField,
} from "react-admin";
import { DateOnlyField } from "../../common/DateFields";
import { ShowLinkField } from "../../common/ShowLinkField";
import { memberStatusChoices, memberTypeChoices } from "../../common/choices";
import { memberFilters } from "./MemberListFilter";

export function MemberList() {
  return (
    <List
      sort={{ field: "name", order: "ASC" }}
      perPage={25}
      // Filters and search terms stay in memory, never in the URL (DESIGN.md §7).
      disableSyncWithLocation
      storeKey="members.listParams"
      filters={memberFilters}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ShowLinkField source="name" />
        <SelectField source="type" choices={memberTypeChoices} />
        <ReferenceField source="portId" reference="ports" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <TextField source="contactName" sortable={false} />
        <DateOnlyField source="joinedOn" />
        <SelectField source="status" choices={memberStatusChoices} />
      </Datagrid>
    </List>
  );
}
