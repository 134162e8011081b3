// The desk's full edit of a report (the summary as well as the assessment). Pessimistic: nothing
// changes on screen until the server has accepted the change with the version it was based on
// (If-Match); a 409 opens the conflict dialog rather than overwriting anyone's change.
import {
  Edit,
  FormDataConsumer,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRedirect,
  type UpdateParams,
} from "react-admin";
import {
  categoryChoices,
  handlingChoices,
  insiderTypeChoices,
  riskChoices,
} from "../../common/choices";
import {
  conflictCurrent,
  fieldErrors,
  problemMessage,
} from "../../common/problems";
import type { Report } from "../../domain";
import { changedFields } from "../../providers/resourceQueries";
import {
  ReportConflictProvider,
  useShowReportConflict,
} from "./ReportConflictProvider";
import { intentOf } from "./reportConflictRows";
import { notAssessedLabel } from "./RiskField";

function ReportEditTitle() {
  const record = useRecordContext<Report>();
  return <>{record ? `Edit ${record.reference}` : ""}</>;
}

/** An insider type only means something for insider threat (see insiderTypeProblem). */
function withConsistentInsiderType(data: Partial<Report>): Partial<Report> {
  return data.category === "insider_threat"
    ? data
    : { ...data, insiderType: null };
}

function useReportSaveErrors() {
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider();
  const showConflict = useShowReportConflict();
  return (
    error: unknown,
    variables: Partial<UpdateParams<Report>> | undefined,
  ) => {
    const theirs = conflictCurrent<Report>(error);
    const base = variables?.previousData;
    if (theirs && base && variables?.data) {
      const changes = changedFields(
        "reports",
        variables.data,
        base,
      ) as Partial<Report>;
      showConflict({
        base,
        theirs,
        intent: intentOf(changes),
        command: async (latest) =>
          (
            await dataProvider.update<Report>("reports", {
              id: latest.id,
              data: { ...latest, ...changes },
              previousData: latest,
            })
          ).data,
        onSaved: (saved) => redirect("show", "reports", saved.id),
      });
      return;
    }
    // Field problems are shown next to their inputs, with the server's detail as notification.
    if (fieldErrors(error)) return;
    notify(problemMessage(error), { type: "error" });
  };
}

function ReportEditForm() {
  const onError = useReportSaveErrors();
  return (
    <Edit
      title={<ReportEditTitle />}
      mutationMode="pessimistic"
      mutationOptions={{ onError }}
      transform={withConsistentInsiderType}
      redirect="show"
    >
      <SimpleForm>
        <SelectInput
          source="risk"
          choices={riskChoices}
          emptyText={notAssessedLabel}
        />
        <TextInput
          source="riskRationale"
          multiline
          minRows={3}
          validate={maxLength(5000)}
        />
        <SelectInput
          source="category"
          choices={categoryChoices}
          validate={required()}
        />
        <FormDataConsumer<Report>>
          {({ formData }) =>
            formData.category === "insider_threat" ? (
              <SelectInput
                source="insiderType"
                choices={insiderTypeChoices}
                emptyText="Not yet identified"
              />
            ) : null
          }
        </FormDataConsumer>
        <SelectInput
          source="handling"
          choices={handlingChoices}
          validate={required()}
        />
        <TextInput
          source="summary"
          multiline
          validate={[required(), maxLength(500)]}
        />
      </SimpleForm>
    </Edit>
  );
}

export function ReportEdit() {
  return (
    <ReportConflictProvider>
      <ReportEditForm />
    </ReportConflictProvider>
  );
}
