// PSeMS assessments, soonest review first.
import {
  Datagrid,
  List,
  ReferenceField,
  SelectField,
  TextField,
} from "react-admin";
import { DateOnlyField } from "../../common/DateFields";
import { ShowLinkField } from "../../common/ShowLinkField";
import { assessmentStatusChoices } from "../../common/choices";
import { assessmentKindLabel } from "./assessmentLabel";
import { assessmentFilters } from "./AssessmentListFilter";
import { PsemsStepField } from "./PsemsStepField";

export function AssessmentList() {
  return (
    <List
      sort={{ field: "dueOn", order: "ASC" }}
      perPage={25}
      // Filters and search terms stay in memory, never in the URL (DESIGN.md §7).
      disableSyncWithLocation
      storeKey="assessments.listParams"
      filters={assessmentFilters}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField
          source="memberId"
          reference="members"
          link={false}
          sortable={false}
        >
          <TextField source="name" />
        </ReferenceField>
        <ShowLinkField source="kind" format={assessmentKindLabel} />
        <PsemsStepField source="step" />
        <SelectField source="status" choices={assessmentStatusChoices} />
        <DateOnlyField source="dueOn" />
        <DateOnlyField source="completedOn" />
        <TextField source="reviewerName" sortable={false} emptyText="" />
      </Datagrid>
    </List>
  );
}
