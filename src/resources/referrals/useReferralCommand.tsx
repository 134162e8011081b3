// Records an acknowledgement or an outcome with If-Match. If a colleague updated the referral
// first, the conflict dialog shows theirs beside ours before anything is written.
import { useState, type ReactNode } from "react";
import { useNotify, useTranslate } from "react-admin";
import { ConflictDialog, type ConflictRow } from "../../common/ConflictDialog";
import { formatDateTime } from "../../common/dates";
import { conflictCurrent, problemMessage } from "../../common/problems";
import type { Referral, ReferralUpdate } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { useReferralsChanged } from "../reports/useReplaceReport";

interface PendingConflict {
  base: Referral;
  theirs: Referral;
  update: ReferralUpdate;
}

function conflictRows(
  conflict: PendingConflict,
  translate: (key: string) => string,
): ConflictRow[] {
  const when = (iso: string | null) =>
    iso ? formatDateTime(iso) : translate("triage.conflict.empty");
  const words = (text: string | null) =>
    text ?? translate("triage.conflict.empty");
  return [
    {
      field: "acknowledgedAt",
      label: translate("resources.referrals.fields.acknowledgedAt"),
      before: when(conflict.base.acknowledgedAt),
      yours: conflict.update.acknowledged
        ? translate("referrals.actions.acknowledge")
        : null,
      theirs: when(conflict.theirs.acknowledgedAt),
    },
    {
      field: "outcome",
      label: translate("resources.referrals.fields.outcome"),
      before: words(conflict.base.outcome),
      yours: conflict.update.outcome ?? null,
      theirs: words(conflict.theirs.outcome),
    },
  ];
}

/** Returns `record(referral, update)`, which resolves true once saved, and the dialog to render. */
export function useReferralCommand(): {
  record: (
    referral: Referral,
    update: ReferralUpdate,
    done: string,
  ) => Promise<boolean>;
  conflictDialog: ReactNode;
} {
  const api = usePortSafeApi();
  const notify = useNotify();
  const referralsChanged = useReferralsChanged();
  const translate = useTranslate();
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [isPending, setPending] = useState(false);

  async function record(
    referral: Referral,
    update: ReferralUpdate,
    done: string,
  ): Promise<boolean> {
    try {
      await api.updateReferral(referral, update);
      notify(done, { type: "success" });
      referralsChanged(referral.reportId);
      return true;
    } catch (error) {
      const theirs = conflictCurrent<Referral>(error);
      if (theirs) setConflict({ base: referral, theirs, update });
      else notify(problemMessage(error), { type: "error" });
      return false;
    }
  }

  async function reapply() {
    if (!conflict) return;
    setPending(true);
    const saved = await record(
      conflict.theirs,
      conflict.update,
      "triage.conflict.reapplied",
    );
    setPending(false);
    if (saved) setConflict(null);
  }

  const conflictDialog = conflict && (
    <ConflictDialog
      title={translate("triage.conflict.title", {
        reference: conflict.theirs.targetName,
      })}
      explanation={translate("triage.conflict.explain", {
        reference: `${conflict.theirs.reportReference} → ${conflict.theirs.targetName}`,
        mine: conflict.base.version,
        theirs: conflict.theirs.version,
      })}
      rows={conflictRows(conflict, translate)}
      isPending={isPending}
      onUseTheirs={() => {
        referralsChanged(conflict.theirs.reportId);
        setConflict(null);
      }}
      onReapply={() => void reapply()}
    />
  );
  return { record, conflictDialog };
}
