// Where a member's PSeMS review stands, as an icon AND words (never colour alone, DESIGN.md §8):
// "Review overdue (due 26 Mar 2024)", "Review due within 3 months (by …)", "Never assessed".
import type { ReactElement } from "react";
import { useRecordContext } from "react-admin";
import { Stack, Typography } from "@mui/material";
import CheckCircleOutline from "@mui/icons-material/CheckCircleOutline";
import ErrorOutline from "@mui/icons-material/ErrorOutline";
import HelpOutline from "@mui/icons-material/HelpOutline";
import ScheduleOutlined from "@mui/icons-material/ScheduleOutlined";
import WarningAmberOutlined from "@mui/icons-material/WarningAmberOutlined";
import { formatDate } from "../../common/dates";
import {
  assessmentStateLabels,
  reviewWarningLabels,
  type Member,
} from "../../domain";

type Tone = "error" | "warning" | "info" | "success" | "neutral";

interface ReviewStatus {
  tone: Tone;
  icon: ReactElement;
  text: string;
}

/** The status line of a member's review, in words. */
export function reviewStatus(
  member: Pick<Member, "assessmentState" | "reviewWarning" | "nextReviewDue">,
): ReviewStatus {
  const due = member.nextReviewDue ? formatDate(member.nextReviewDue) : null;
  const icon = (Icon: typeof ErrorOutline, tone: Tone) => (
    <Icon
      fontSize="small"
      color={tone === "neutral" ? "action" : tone}
      aria-hidden
    />
  );
  if (member.assessmentState === "never")
    return {
      tone: "neutral",
      icon: icon(HelpOutline, "neutral"),
      text: assessmentStateLabels.never,
    };
  if (member.reviewWarning === "overdue")
    return {
      tone: "error",
      icon: icon(ErrorOutline, "error"),
      text: `${reviewWarningLabels.overdue} (was due ${due})`,
    };
  if (member.reviewWarning === "3_months")
    return {
      tone: "warning",
      icon: icon(WarningAmberOutlined, "warning"),
      text: `${reviewWarningLabels["3_months"]} (by ${due})`,
    };
  if (member.reviewWarning !== null)
    return {
      tone: "info",
      icon: icon(ScheduleOutlined, "info"),
      text: `${reviewWarningLabels[member.reviewWarning]} (by ${due})`,
    };
  return {
    tone: "success",
    icon: icon(CheckCircleOutline, "success"),
    text: `${assessmentStateLabels.current}: next review due ${due}`,
  };
}

export function ReviewStatusText({
  member,
}: {
  member: Pick<Member, "assessmentState" | "reviewWarning" | "nextReviewDue">;
}) {
  const { icon, text } = reviewStatus(member);
  return (
    <Stack direction="row" spacing={0.75} alignItems="center">
      {icon}
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    </Stack>
  );
}

/** For a Datagrid column or a Labeled show field. */
export function ReviewStatusField(_props: {
  label?: string;
  sortBy?: string;
  sortable?: boolean;
}) {
  const member = useRecordContext<Member>();
  if (!member) return null;
  return <ReviewStatusText member={member} />;
}
