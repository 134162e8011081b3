// One port: where it is, who polices it, and the PortSafe members there.
import {
  Datagrid,
  Labeled,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  TextField,
  useRecordContext,
} from "react-admin";
import { Card, CardContent, Grid } from "@mui/material";
import { ShowLinkField } from "../../common/ShowLinkField";
import { ShowSection } from "../../common/ShowSection";
import { YesNoField } from "../../common/YesNoField";
import { memberStatusChoices, memberTypeChoices } from "../../common/choices";
import type { Port } from "../../domain";

function PortTitle() {
  const record = useRecordContext<Port>();
  return <>{record?.name ?? ""}</>;
}

const coordinate = { maximumFractionDigits: 4 };

function PortMembers() {
  return (
    <ReferenceManyField
      reference="members"
      target="portId"
      sort={{ field: "name", order: "ASC" }}
      perPage={25}
      empty={<>No PortSafe members at this port yet.</>}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ShowLinkField source="name" />
        <SelectField source="type" choices={memberTypeChoices} />
        <SelectField source="status" choices={memberStatusChoices} />
      </Datagrid>
    </ReferenceManyField>
  );
}

export function PortShow() {
  return (
    <Show title={<PortTitle />} component="div">
      <Card>
        <CardContent>
          <Grid container spacing={4}>
            <Grid size={{ xs: 12, md: 6 }}>
              <ShowSection title="resources.ports.sections.port">
                <Labeled source="name">
                  <TextField source="name" />
                </Labeled>
                <Labeled source="unlocode">
                  <TextField source="unlocode" />
                </Labeled>
                <Labeled source="nation">
                  <TextField source="nation" />
                </Labeled>
                <Labeled source="crownDependency">
                  <YesNoField source="crownDependency" />
                </Labeled>
                <Labeled source="tier">
                  <TextField source="tier" />
                </Labeled>
                <Labeled source="role">
                  <TextField source="role" />
                </Labeled>
                <Labeled source="lat">
                  <NumberField
                    source="lat"
                    locales="en-GB"
                    options={coordinate}
                  />
                </Labeled>
                <Labeled source="lon">
                  <NumberField
                    source="lon"
                    locales="en-GB"
                    options={coordinate}
                  />
                </Labeled>
              </ShowSection>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <ShowSection title="resources.ports.sections.policing">
                <Labeled source="territorialPoliceForce">
                  <TextField source="territorialPoliceForce" />
                </Labeled>
                <Labeled source="territorialPoliceCode">
                  <TextField source="territorialPoliceCode" emptyText="None" />
                </Labeled>
                <Labeled source="portPoliceForce">
                  <TextField source="portPoliceForce" emptyText="None" />
                </Labeled>
              </ShowSection>
            </Grid>
            <Grid size={12}>
              <ShowSection title="resources.ports.sections.members">
                <PortMembers />
              </ShowSection>
            </Grid>
          </Grid>
        </CardContent>
      </Card>
    </Show>
  );
}
