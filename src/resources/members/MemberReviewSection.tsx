// Where the member's PSeMS review stands: the last completed assessment, when the next review is
// due and why (the routine cycle, or an event that brought it forward), and the warning in words.
import { Labeled, useRecordContext, useTranslate } from "react-admin";
import { Typography } from "@mui/material";
import { DateOnlyField } from "../../common/DateFields";
import { ShowSection } from "../../common/ShowSection";
import { reviewTriggerLabels, type Member } from "../../domain";
import { ReviewStatusText } from "./ReviewStatusField";

export function MemberReviewSection() {
  const member = useRecordContext<Member>();
  const translate = useTranslate();
  if (!member) return null;
  return (
    <ShowSection title="resources.members.sections.review">
      <Labeled label="resources.members.fields.review">
        <ReviewStatusText member={member} />
      </Labeled>
      <Labeled source="lastAssessedOn">
        <DateOnlyField source="lastAssessedOn" emptyText="Never assessed" />
      </Labeled>
      <Labeled source="nextReviewDue">
        <DateOnlyField
          source="nextReviewDue"
          emptyText={translate("manager.review.noDueDate")}
        />
      </Labeled>
      {member.reviewTrigger && (
        <Labeled source="reviewTrigger">
          <Typography component="span" variant="body2">
            {reviewTriggerLabels[member.reviewTrigger]}
          </Typography>
        </Labeled>
      )}
      <Labeled source="majorChangeOn">
        <DateOnlyField source="majorChangeOn" emptyText="None recorded" />
      </Labeled>
    </ShowSection>
  );
}
