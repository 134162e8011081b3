// Manual entry of a report taken by the Crimestoppers hotline (desk only). The fields are those of
// IntakeReportSchema; the server's field errors appear next to their inputs.
import {
  AutocompleteInput,
  Create,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minLength,
  required,
  useNotify,
  useRedirect,
  useTranslate,
} from "react-admin";
import { Stack, Typography } from "@mui/material";
import {
  categoryChoices,
  channelChoices,
  insiderTypeChoices,
} from "../../common/choices";
import type { IntakeReport, Report } from "../../domain";

interface ManualEntryValues {
  externalRef?: string;
  receivedAt?: string | Date;
  channel?: IntakeReport["channel"];
  portId?: string;
  category?: IntakeReport["category"];
  insiderType?: IntakeReport["insiderType"] | null;
  summary?: string;
  details?: string;
  location?: { lat?: number | null; lon?: number | null } | null;
}

/** Exactly the fields the API accepts: unknown or empty ones would be refused. */
function toIntakeReport(values: ManualEntryValues): Partial<IntakeReport> {
  const { lat, lon } = values.location ?? {};
  return {
    externalRef: values.externalRef?.trim(),
    receivedAt: values.receivedAt
      ? new Date(values.receivedAt).toISOString()
      : undefined,
    channel: values.channel,
    portId: values.portId,
    category: values.category,
    insiderType:
      values.category === "insider_threat" && values.insiderType
        ? values.insiderType
        : undefined,
    summary: values.summary?.trim(),
    details: values.details?.trim(),
    location:
      typeof lat === "number" && typeof lon === "number"
        ? { lat, lon }
        : undefined,
  };
}

export function ReportCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title={translate("triage.create.title")}
      transform={toIntakeReport}
      mutationOptions={{
        onSuccess: (report: Report) => {
          notify("triage.create.created", {
            type: "success",
            messageArgs: { reference: report.reference },
          });
          redirect("show", "reports", report.id);
        },
      }}
    >
      <SimpleForm
        defaultValues={{ channel: "hotline", receivedAt: new Date() }}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("triage.create.intro")}
        </Typography>
        <TextInput
          source="externalRef"
          validate={[required(), minLength(3), maxLength(64)]}
        />
        <DateTimeInput source="receivedAt" validate={required()} />
        <SelectInput
          source="channel"
          choices={channelChoices}
          validate={required()}
        />
        <ReferenceInput
          source="portId"
          reference="ports"
          sort={{ field: "name", order: "ASC" }}
        >
          <AutocompleteInput
            optionText="name"
            label="resources.reports.fields.portId"
            validate={required()}
          />
        </ReferenceInput>
        <SelectInput
          source="category"
          choices={categoryChoices}
          validate={required()}
        />
        <FormDataConsumer<ManualEntryValues>>
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
        <TextInput
          source="summary"
          validate={[required(), maxLength(500)]}
          fullWidth
        />
        <TextInput
          source="details"
          multiline
          minRows={5}
          validate={[required(), maxLength(20000)]}
          fullWidth
        />
        <Typography component="h2" variant="subtitle1">
          {translate("triage.create.location")}
        </Typography>
        <Stack direction="row" spacing={2}>
          <NumberInput
            source="location.lat"
            label="resources.ports.fields.lat"
            min={-90}
            max={90}
            step={0.0001}
          />
          <NumberInput
            source="location.lon"
            label="resources.ports.fields.lon"
            min={-180}
            max={180}
            step={0.0001}
          />
        </Stack>
      </SimpleForm>
    </Create>
  );
}
