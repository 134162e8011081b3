// The mock's side of server/routes/referralsRepository.ts: sending a referral and recording its
// acknowledgement and outcome, each on the report's timeline with a live notice.
import {
  etagFor,
  makeProblem,
  ReferralSchema,
  referralState,
  type CurrentUser,
  type Referral,
  type ReferralCreate,
  type ReferralUpdate,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { contractResponse } from "./contractResponse";
import { fail, failField, ProblemError } from "./problems";
import { findReportOr404 } from "./reportWrites";

export function referralResponse(referral: Referral, status = 200): Response {
  return contractResponse(ReferralSchema, referral, {
    status,
    headers: { ETag: etagFor(referral.version) },
  });
}

export function createReferral(
  db: MockDb,
  reportId: string,
  body: ReferralCreate,
  actor: CurrentUser,
): Referral {
  const report = findReportOr404(db, reportId);
  if (report.status === "closed") {
    fail(
      409,
      "invalid_transition",
      "This report is closed; reopen it before referring it.",
      { allowed: [] },
    );
  }
  const now = db.now();
  const referral: Referral = {
    id: crypto.randomUUID(),
    reportId,
    reportReference: report.reference,
    targetKind: body.targetKind,
    targetName: body.targetName,
    note: body.note ?? null,
    sentAt: now.toISOString(),
    sentById: actor.id,
    acknowledgedAt: null,
    outcome: null,
    outcomeAt: null,
    state: "awaiting_acknowledgement",
    version: 1,
  };
  db.referrals.push(referral);
  db.appendEvent({
    reportId,
    kind: "referral_sent",
    summary: `Referred to ${body.targetName}`,
    reason: body.note ?? null,
    actor,
    at: now,
  });
  db.notifyLive({
    type: "report.changed",
    id: reportId,
    version: report.version,
    actorId: actor.id,
  });
  return referral;
}

/** Records an acknowledgement and/or an outcome, if the referral is still at the version read. */
export function updateReferral(
  db: MockDb,
  id: string,
  expectedVersion: number,
  body: ReferralUpdate,
  actor: CurrentUser,
): Referral {
  const index = db.referrals.findIndex((referral) => referral.id === id);
  const current = db.referrals[index];
  if (!current) {
    throw new ProblemError(
      makeProblem(404, "not_found", `There is no referral with id ${id}.`),
    );
  }
  if (current.version !== expectedVersion) {
    fail(
      409,
      "conflict",
      `Someone else updated this referral to ${current.targetName} after you opened it; review it and try again.`,
      { current },
    );
  }
  if (body.acknowledged && current.acknowledgedAt) {
    failField("acknowledged", "this referral was already acknowledged");
  }
  if (body.outcome && current.outcome) {
    failField("outcome", "an outcome is already recorded");
  }
  const now = db.now();
  // An outcome implies the referral was received, even if nobody logged the acknowledgement.
  const acknowledgedAt =
    current.acknowledgedAt ??
    (body.acknowledged || body.outcome ? now.toISOString() : null);
  const changed = {
    ...current,
    acknowledgedAt,
    outcome: body.outcome ?? current.outcome,
    outcomeAt: body.outcome ? now.toISOString() : current.outcomeAt,
    version: current.version + 1,
  };
  const updated: Referral = { ...changed, state: referralState(changed) };
  // Replaced, not mutated, so MockDb.transaction can put the old one back.
  db.referrals[index] = updated;
  if (body.acknowledged) {
    db.appendEvent({
      reportId: current.reportId,
      kind: "referral_acknowledged",
      summary: `${current.targetName} acknowledged the referral`,
      actor,
      at: now,
    });
  }
  if (body.outcome) {
    db.appendEvent({
      reportId: current.reportId,
      kind: "referral_outcome",
      summary: `Outcome from ${current.targetName}`,
      reason: body.outcome,
      actor,
      at: now,
    });
  }
  const report = findReportOr404(db, current.reportId);
  db.notifyLive({
    type: "report.changed",
    id: current.reportId,
    version: report.version,
    actorId: actor.id,
  });
  return updated;
}
