// Sends a referral and refreshes what shows it: the report's referrals and timeline.
import { useNotify } from "react-admin";
import type { ReferralCreate } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { useReferralsChanged } from "../reports/useReplaceReport";

export function useCreateReferral(reportId: string) {
  const api = usePortSafeApi();
  const notify = useNotify();
  const referralsChanged = useReferralsChanged();
  /** Resolves once sent; rejects with the API's error for the caller to show. */
  return async (referral: ReferralCreate) => {
    const sent = await api.createReferral(reportId, referral);
    notify("referrals.panel.sent", {
      type: "success",
      messageArgs: { name: sent.targetName },
    });
    referralsChanged(reportId);
    return sent;
  };
}
