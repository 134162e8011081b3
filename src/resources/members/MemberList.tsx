// The PortSafe member register, alphabetical, with where each member's PSeMS review stands.
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
import { MemberListActions } from "./MemberListActions";
import { memberFilters } from "./MemberListFilter";
import { ReviewStatusField } from "./ReviewStatusField";

export function MemberList() {
  return (
    <List
      sort={{ field: "name", order: "ASC" }}
      perPage={25}
      // Filters and search terms stay in memory, never in the URL (DESIGN.md §7).
      disableSyncWithLocation
      storeKey="members.listParams"
      filters={memberFilters}
      actions={<MemberListActions />}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ShowLinkField source="name" />
        <SelectField source="type" choices={memberTypeChoices} />
        <ReferenceField source="portId" reference="ports" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <DateOnlyField source="joinedOn" />
        <SelectField source="status" choices={memberStatusChoices} />
        <DateOnlyField source="lastAssessedOn" emptyText="Never" />
        <ReviewStatusField
          label="resources.members.fields.review"
          sortBy="nextReviewDue"
        />
      </Datagrid>
    </List>
  );
}
