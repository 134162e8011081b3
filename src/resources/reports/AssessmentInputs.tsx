// The inputs of a risk assessment: the risk level, THRIVE rationale part by part, a summary
// rationale, and corrections to the category, insider type and handling marking.
import type { Ref } from "react";
import {
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useTranslate,
} from "react-admin";
import { Box, Typography } from "@mui/material";
import {
  categoryChoices,
  handlingChoices,
  insiderTypeChoices,
  riskChoices,
} from "../../common/choices";
import { thriveLabels, thriveParts, type Report } from "../../domain";
import { notAssessedLabel } from "./RiskField";

export function AssessmentInputs({
  riskRef,
}: {
  riskRef: Ref<HTMLDivElement>;
}) {
  const translate = useTranslate();
  return (
    <>
      <Box ref={riskRef}>
        <SelectInput
          source="risk"
          label="triage.assessment.riskLevel"
          choices={riskChoices}
          emptyText={notAssessedLabel}
          fullWidth
        />
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" variant="subtitle2">
          {translate("triage.assessment.thrive")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("triage.assessment.thriveHelp")}
        </Typography>
        {thriveParts.map((part) => (
          <TextInput
            key={part}
            source={`thrive.${part}`}
            label={thriveLabels[part]}
            multiline
            validate={maxLength(2000)}
            helperText={false}
            fullWidth
          />
        ))}
      </Box>
      <TextInput
        source="riskRationale"
        label="triage.assessment.summaryRationale"
        multiline
        minRows={2}
        validate={maxLength(5000)}
        fullWidth
      />
      <Typography component="h3" variant="subtitle2">
        {translate("triage.assessment.correction")}
      </Typography>
      <SelectInput
        source="category"
        choices={categoryChoices}
        validate={required()}
        fullWidth
      />
      <FormDataConsumer<Report>>
        {({ formData }) =>
          formData.category === "insider_threat" ? (
            <SelectInput
              source="insiderType"
              choices={insiderTypeChoices}
              emptyText="Not yet identified"
              fullWidth
            />
          ) : null
        }
      </FormDataConsumer>
      <SelectInput
        source="handling"
        choices={handlingChoices}
        validate={required()}
        fullWidth
      />
    </>
  );
}
