// Edit an assessment. Pessimistic and guarded by If-Match: nothing changes on screen until the
// server accepts it; a 409 opens the conflict dialog rather than overwriting a colleague.
import { Edit, SimpleForm, useRecordContext } from "react-admin";
import { useEditConflict } from "../../common/useEditConflict";
import type { Assessment } from "../../domain";
import { AssessmentInputs, assessmentBody } from "./AssessmentInputs";
import { assessmentLabel } from "./assessmentLabel";
import {
  assessmentConflictFields,
  formatAssessmentValue,
} from "./assessmentConflictValues";

function AssessmentEditTitle() {
  const record = useRecordContext<Assessment>();
  return <>{record ? `Edit ${assessmentLabel(record)}` : ""}</>;
}

export function AssessmentEdit() {
  const { onError, dialog } = useEditConflict<Assessment>({
    resource: "assessments",
    fields: assessmentConflictFields,
    formatValue: formatAssessmentValue,
    name: assessmentLabel,
  });
  return (
    <>
      <Edit
        title={<AssessmentEditTitle />}
        mutationMode="pessimistic"
        mutationOptions={{ onError }}
        transform={(data: Partial<Assessment>) =>
          assessmentBody(data, { isCreate: false })
        }
        redirect="show"
      >
        <SimpleForm>
          <AssessmentInputs isEdit />
        </SimpleForm>
      </Edit>
      {dialog}
    </>
  );
}
