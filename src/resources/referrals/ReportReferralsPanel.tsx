// The referrals of the open report: one-click referral to each suggested force or agency, any
// other (`f`), and each referral's acknowledgement and outcome.
import { useState } from "react";
import {
  useCanAccess,
  useGetList,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Box, Button, Stack, Typography } from "@mui/material";
import SendIcon from "@mui/icons-material/SendOutlined";
import { useQuery } from "@tanstack/react-query";
import { ShowSection } from "../../common/ShowSection";
import { formatDateTime } from "../../common/dates";
import { problemMessage } from "../../common/problems";
import {
  referralTargetKindLabels,
  type Referral,
  type ReferralSuggestion,
  type Report,
} from "../../domain";
import { useKeyboardShortcut } from "../../keyboard/KeyboardShortcutsProvider";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { referralSuggestionsKey } from "../reports/reportQueryKeys";
import { ReferDialog } from "./ReferDialog";
import { ReferralActions } from "./ReferralActions";
import { ReferralStateChip } from "./ReferralStateChip";
import { useCreateReferral } from "./useCreateReferral";

function ReferralItem({ referral }: { referral: Referral }) {
  const translate = useTranslate();
  return (
    <Box
      component="li"
      sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5 }}
    >
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: "center", flexWrap: "wrap" }}
      >
        <Typography variant="subtitle2">{referral.targetName}</Typography>
        <Typography variant="body2" color="text.secondary">
          {referralTargetKindLabels[referral.targetKind]}
        </Typography>
        <ReferralStateChip state={referral.state} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate("resources.referrals.fields.sentAt")}:{" "}
        <time dateTime={referral.sentAt}>
          {formatDateTime(referral.sentAt)}
        </time>
        {referral.acknowledgedAt && (
          <>
            {" · "}
            {translate("resources.referrals.fields.acknowledgedAt")}:{" "}
            <time dateTime={referral.acknowledgedAt}>
              {formatDateTime(referral.acknowledgedAt)}
            </time>
          </>
        )}
      </Typography>
      {referral.note && (
        <Typography variant="body2">{referral.note}</Typography>
      )}
      {referral.outcome && (
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate("resources.referrals.fields.outcome")}: {referral.outcome}
        </Typography>
      )}
      <Box sx={{ mt: 1 }}>
        <ReferralActions referral={referral} />
      </Box>
    </Box>
  );
}

function SuggestionButton({
  report,
  suggestion,
  referred,
}: {
  report: Report;
  suggestion: ReferralSuggestion;
  referred: boolean;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const createReferral = useCreateReferral(report.id);
  const [isPending, setPending] = useState(false);
  const refer = async () => {
    setPending(true);
    try {
      await createReferral({
        targetKind: suggestion.targetKind,
        targetName: suggestion.targetName,
      });
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
      <Button
        variant="outlined"
        startIcon={<SendIcon />}
        disabled={referred || isPending}
        onClick={() => void refer()}
      >
        {referred
          ? translate("referrals.panel.alreadyReferred", {
              name: suggestion.targetName,
            })
          : translate("referrals.panel.referTo", {
              name: suggestion.targetName,
            })}
      </Button>
      <Typography variant="body2" color="text.secondary">
        {suggestion.why}
      </Typography>
    </Stack>
  );
}

export function ReportReferralsPanel() {
  const report = useRecordContext<Report>();
  const translate = useTranslate();
  const api = usePortSafeApi();
  const { canAccess: canRefer } = useCanAccess({
    resource: "referrals",
    action: "create",
  });
  const [referOpen, setReferOpen] = useState(false);
  const reportId = report?.id ?? "";
  const { data: referrals = [] } = useGetList<Referral>(
    "referrals",
    {
      filter: { reportId },
      sort: { field: "sentAt", order: "DESC" },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: Boolean(report) },
  );
  const { data: suggestions = [] } = useQuery({
    queryKey: referralSuggestionsKey(reportId),
    queryFn: () => api.getReferralSuggestions(reportId),
    enabled: Boolean(report) && canRefer === true,
  });
  const mayRefer = canRefer === true && report?.status !== "closed";
  const referredNames = new Set(referrals.map((r) => r.targetName));
  const firstOpen = suggestions.findIndex(
    (s) => !referredNames.has(s.targetName),
  );
  useKeyboardShortcut(["f"], () => setReferOpen(true), mayRefer);

  if (!report) return null;
  return (
    <ShowSection title="referrals.panel.title">
      {mayRefer && (
        <Stack spacing={1}>
          {suggestions.length > 0 && (
            <Typography component="h3" variant="subtitle2">
              {translate("referrals.panel.suggested")}
            </Typography>
          )}
          {suggestions.map((s) => (
            <SuggestionButton
              key={s.targetName}
              report={report}
              suggestion={s}
              referred={referredNames.has(s.targetName)}
            />
          ))}
          <div>
            <Button onClick={() => setReferOpen(true)} aria-keyshortcuts="f">
              {translate("referrals.panel.other")}
            </Button>
          </div>
        </Stack>
      )}
      {referrals.length === 0 ? (
        <Typography variant="body2">
          {translate("referrals.panel.none")}
        </Typography>
      ) : (
        <Stack
          component="ul"
          spacing={1}
          sx={{ listStyle: "none", p: 0, m: 0 }}
        >
          {referrals.map((referral) => (
            <ReferralItem key={referral.id} referral={referral} />
          ))}
        </Stack>
      )}
      {referOpen && (
        <ReferDialog
          report={report}
          suggestions={suggestions}
          initialChoice={firstOpen}
          onClose={() => setReferOpen(false)}
        />
      )}
    </ShowSection>
  );
}
