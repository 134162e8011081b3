// The referral register: every referral the desk has sent, newest first, filtered by where it
// stands, each linked to its report, with acknowledgement and outcome recorded in place.
import {
  FunctionField,
  Link,
  List,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
  Datagrid,
} from "react-admin";
import { choicesFrom } from "../../common/choices";
import { DateTimeField } from "../../common/DateFields";
import {
  referralStateLabels,
  referralTargetKindLabels,
  type Referral,
} from "../../domain";
import { ReferralActions } from "./ReferralActions";
import { ReferralStateField } from "./ReferralStateChip";

const referralFilters = [
  <SelectInput
    key="state"
    source="state"
    choices={choicesFrom(referralStateLabels)}
    alwaysOn
  />,
  <SelectInput
    key="targetKind"
    source="targetKind"
    choices={choicesFrom(referralTargetKindLabels)}
    alwaysOn
  />,
];

function ReportLinkField(_props: {
  source: "reportReference";
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<Referral>();
  if (!record) return null;
  return (
    <Link to={`/reports/${record.reportId}/show`}>
      {record.reportReference}
    </Link>
  );
}

function ActionsField(_props: { label?: string }) {
  const record = useRecordContext<Referral>();
  return record ? <ReferralActions referral={record} /> : null;
}

export function ReferralList() {
  const translate = useTranslate();
  return (
    <List
      title={translate("referrals.register")}
      sort={{ field: "sentAt", order: "DESC" }}
      perPage={25}
      disableSyncWithLocation
      storeKey="referrals.listParams"
      filters={referralFilters}
      exporter={false}
      actions={false}
    >
      <Datagrid rowClick={false} bulkActionButtons={false}>
        <ReportLinkField source="reportReference" sortable={false} />
        <TextField source="targetName" />
        <FunctionField
          source="targetKind"
          sortable={false}
          render={(record: Referral) =>
            referralTargetKindLabels[record.targetKind]
          }
        />
        <DateTimeField source="sentAt" />
        <DateTimeField source="acknowledgedAt" emptyText="—" />
        <ReferralStateField source="state" sortable={false} />
        <TextField source="outcome" emptyText="—" sortable={false} />
        <ActionsField label="ra.action.edit" />
      </Datagrid>
    </List>
  );
}
