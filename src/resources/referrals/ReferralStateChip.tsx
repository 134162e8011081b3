// Where a referral stands, in words with an icon: awaiting acknowledgement, awaiting outcome, or
// outcome recorded.
import { Chip } from "@mui/material";
import HourglassIcon from "@mui/icons-material/HourglassEmptyOutlined";
import MarkEmailReadIcon from "@mui/icons-material/MarkEmailReadOutlined";
import TaskAltIcon from "@mui/icons-material/TaskAlt";
import { useRecordContext } from "react-admin";
import {
  referralStateLabels,
  type Referral,
  type ReferralState,
} from "../../domain";

const icons: Record<ReferralState, typeof TaskAltIcon> = {
  awaiting_acknowledgement: HourglassIcon,
  awaiting_outcome: MarkEmailReadIcon,
  complete: TaskAltIcon,
};

export function ReferralStateChip({ state }: { state: ReferralState }) {
  const Icon = icons[state];
  return (
    <Chip
      size="small"
      variant={state === "complete" ? "filled" : "outlined"}
      icon={<Icon aria-hidden />}
      label={referralStateLabels[state]}
    />
  );
}

export function ReferralStateField(_props: {
  source: "state";
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<Referral>();
  if (!record) return null;
  return <ReferralStateChip state={record.state} />;
}
