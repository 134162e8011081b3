// Record a PSeMS assessment (managers and admins). Opened from a member's page, the member is
// already chosen. The server's field problems (e.g. an independent review without the
// reviewer's conflict-of-interest declaration) show next to their inputs.
import { Create, SimpleForm } from "react-admin";
import type { Assessment } from "../../domain";
import { AssessmentInputs, assessmentBody } from "./AssessmentInputs";

const newAssessment = {
  kind: "self_gap_analysis",
  step: 1,
  status: "planned",
  conflictOfInterestDeclared: false,
  scores: {},
  actionItems: [],
};

export function AssessmentCreate() {
  return (
    <Create
      redirect="show"
      transform={(data: Partial<Assessment>) =>
        assessmentBody(data, { isCreate: true })
      }
    >
      <SimpleForm defaultValues={newAssessment}>
        <AssessmentInputs />
      </SimpleForm>
    </Create>
  );
}
