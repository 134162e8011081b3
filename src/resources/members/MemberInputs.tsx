// The member form, shared by register (create) and edit. Client checks only catch what is
// obviously missing; the server's rules (known port, dates, one entry per organisation and port)
// come back as field problems and show next to the input they concern.
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  required,
  useTranslate,
} from "react-admin";
import { Box, Typography } from "@mui/material";
import { memberStatusChoices, memberTypeChoices } from "../../common/choices";

function FormHeading({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
}

export function MemberInputs({ isEdit = false }: { isEdit?: boolean }) {
  return (
    <Box sx={{ maxWidth: 640, width: "100%" }}>
      <FormHeading title="resources.members.sections.organisation" />
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput
        source="type"
        choices={memberTypeChoices}
        validate={required()}
      />
      <ReferenceInput
        source="portId"
        reference="ports"
        sort={{ field: "name", order: "ASC" }}
        perPage={100}
      >
        <AutocompleteInput
          optionText="name"
          label="resources.members.fields.portId"
          validate={required()}
        />
      </ReferenceInput>
      <DateInput source="joinedOn" validate={required()} />
      <SelectInput
        source="status"
        choices={memberStatusChoices}
        validate={required()}
      />
      {isEdit && (
        <DateInput
          source="majorChangeOn"
          helperText="resources.members.helpers.majorChangeOn"
        />
      )}

      <FormHeading title="resources.members.sections.contact" />
      <TextInput source="contactName" validate={[required(), maxLength(120)]} />
      <TextInput source="contactRole" validate={[required(), maxLength(80)]} />
      <TextInput
        source="contactEmail"
        type="email"
        validate={[required(), email()]}
      />
      <TextInput source="contactPhone" type="tel" />

      <FormHeading title="resources.members.sections.services" />
      <BooleanInput source="assetPackIssued" />
      <BooleanInput source="actAccess" />
      <BooleanInput source="newsletter" />
    </Box>
  );
}
