// The review worklist: members whose PSeMS review is overdue (most overdue first), or falls due
// within the 12-, 6- and 3-month warnings, each warning written out, never colour alone.
import { useState } from "react";
import {
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
} from "react-admin";
import { Tab, Tabs } from "@mui/material";
import { DateOnlyField } from "../../common/DateFields";
import { ShowLinkField } from "../../common/ShowLinkField";
import { memberTypeChoices, nationChoices } from "../../common/choices";
import {
  reviewTriggerLabels,
  type AssessmentState,
  type Member,
} from "../../domain";
import { ReviewStatusField } from "./ReviewStatusField";

const reviewFilters = [
  <TextInput key="q" source="q" label="resources.members.fields.q" alwaysOn />,
  <SelectInput key="nation" source="nation" choices={nationChoices} alwaysOn />,
  <SelectInput key="type" source="type" choices={memberTypeChoices} />,
];

const views: readonly AssessmentState[] = ["overdue", "due_soon"];

export function MemberReviewList() {
  const translate = useTranslate();
  const [view, setView] = useState<AssessmentState>("overdue");
  return (
    <>
      <Tabs
        value={view}
        onChange={(_event, next: AssessmentState) => setView(next)}
        aria-label={translate("manager.review.views")}
        sx={{ mt: 1 }}
      >
        {views.map((state) => (
          <Tab
            key={state}
            value={state}
            label={translate(`manager.review.view.${state}`)}
          />
        ))}
      </Tabs>
      <List
        key={view}
        resource="members"
        title={translate("manager.review.title")}
        // Active members only: a lapsed member is no longer reviewed.
        filter={{ assessmentState: view, status: "active" }}
        filters={reviewFilters}
        // Most urgent first: the earliest due date is the longest overdue or the nearest.
        sort={{ field: "nextReviewDue", order: "ASC" }}
        perPage={25}
        disableSyncWithLocation
        storeKey={`members.reviews.${view}`}
        exporter={false}
        empty={false}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ShowLinkField source="name" />
          <ReferenceField source="portId" reference="ports" link={false}>
            <TextField source="name" />
          </ReferenceField>
          <DateOnlyField source="lastAssessedOn" />
          <DateOnlyField source="nextReviewDue" />
          <ReviewStatusField
            label="resources.members.fields.review"
            sortable={false}
          />
          <FunctionField<Member>
            label="resources.members.fields.reviewTrigger"
            sortable={false}
            render={(member) =>
              member.reviewTrigger
                ? reviewTriggerLabels[member.reviewTrigger]
                : ""
            }
          />
        </Datagrid>
      </List>
    </>
  );
}
