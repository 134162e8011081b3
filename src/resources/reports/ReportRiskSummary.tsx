// The risk assessment as read by those who may not change it (analysts).
import { Labeled, useRecordContext, useTranslate } from "react-admin";
import { Typography } from "@mui/material";
import { thriveLabels, thriveParts, type Report } from "../../domain";
import { RiskField } from "./RiskField";

export function ReportRiskSummary() {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  if (!record) return null;
  const parts = thriveParts.filter((part) => record.thrive?.[part]);
  return (
    <>
      <Labeled source="risk">
        <RiskField source="risk" />
      </Labeled>
      {parts.map((part) => (
        <Labeled key={part} label={`THRIVE: ${thriveLabels[part]}`}>
          <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
            {record.thrive?.[part]}
          </Typography>
        </Labeled>
      ))}
      <Labeled label="triage.assessment.summaryRationale">
        <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
          {record.riskRationale ?? ""}
        </Typography>
      </Labeled>
      <Typography variant="body2" color="text.secondary">
        {translate("triage.assessment.readOnly")}
      </Typography>
    </>
  );
}
