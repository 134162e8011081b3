// The risk level as a chip that always carries its name, so colour is never the only signal.
// Each colour pair is at least 6.5:1.
import { useRecordContext } from "react-admin";
import { Chip } from "@mui/material";
import { riskLabels, type Report, type RiskLevel } from "../../domain";

const riskColours: Record<
  RiskLevel,
  { backgroundColor: string; color: string }
> = {
  immediate: { backgroundColor: "#8b1a1a", color: "#ffffff" },
  high: { backgroundColor: "#a33b00", color: "#ffffff" },
  medium: { backgroundColor: "#f2c744", color: "#000000" },
  low: { backgroundColor: "#1e6b35", color: "#ffffff" },
};

export const notAssessedLabel = "Not assessed";

export function RiskChip({ risk }: { risk: RiskLevel | null }) {
  if (risk === null)
    return <Chip size="small" variant="outlined" label={notAssessedLabel} />;
  return (
    <Chip
      size="small"
      label={riskLabels[risk]}
      sx={{ ...riskColours[risk], fontWeight: 600 }}
    />
  );
}

/** A field for lists and show views; `source` lets the Datagrid label and sort the column. */
export function RiskField(_props: {
  source: "risk";
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return <RiskChip risk={record.risk} />;
}
