// The desk's edit of a report's assessment. Pessimistic: nothing changes on screen until the
// server has accepted the change with the version it was based on (If-Match).
import {
  Edit,
  FormDataConsumer,
  HttpError,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRecordContext,
} from "react-admin";
import {
  categoryChoices,
  handlingChoices,
  insiderTypeChoices,
  riskChoices,
} from "../../common/choices";
import type { Report } from "../../domain";
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
  return (error: unknown) => {
    if (error instanceof HttpError && error.status === 409) {
      // The full side-by-side conflict dialog comes later; for now, never lose the warning.
      notify("resources.reports.conflict", {
        type: "error",
        autoHideDuration: null,
      });
      return;
    }
    // Field problems are shown next to their inputs, with the server's detail as notification.
    const body =
      error instanceof HttpError
        ? (error.body as { errors?: unknown } | null)
        : null;
    if (body?.errors) return;
    notify(
      error instanceof Error ? error.message : "ra.notification.http_error",
      { type: "error" },
    );
  };
}

export function ReportEdit() {
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
