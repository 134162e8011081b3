// Referrals (server/routes/referrals.ts): suggestions from the port's forces and the category's
// agencies, sending, the register, acknowledgement and outcome. The store starts empty, as the
// server's seeded database does.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  ReferralCreateSchema,
  ReferralListQuerySchema,
  ReferralSchema,
  ReferralTargetKindSchema,
  ReferralUpdateSchema,
  referralState,
  suggestReferralTargets,
  type Referral,
  type ReferralListQuery,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { anyOf, listHandler } from "./listRoute";
import { notFound } from "./problems";
import { recordHandler } from "./recordRoute";
import {
  createReferral,
  referralResponse,
  updateReferral,
} from "./referralWrites";
import { reportIdParams } from "./reportPatch";
import { findReportOr404 } from "./reportWrites";
import { requireIfMatch } from "./ifMatch";

const referralIdSchema = z.uuid(
  "the referral id in the address is not a valid id",
);

const SuggestionsSchema = z.object({
  data: z.array(
    z.object({
      targetKind: ReferralTargetKindSchema,
      targetName: z.string(),
      why: z.string(),
    }),
  ),
});

export function referralHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler(db, {
      method: "get",
      path: "*/api/reports/:id/referral-suggestions",
      deny: () => denyUnlessAllowed(db, "referrals", "create"),
      params: reportIdParams,
      handle: ({ params }) => {
        const report = findReportOr404(db, params.id);
        const port = db.portById(report.portId);
        return contractResponse(SuggestionsSchema, {
          data: port ? suggestReferralTargets(port, report.category) : [],
        });
      },
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/reports/:id/referrals",
      deny: () => denyUnlessAllowed(db, "referrals", "create"),
      params: reportIdParams,
      body: ReferralCreateSchema,
      handle: ({ params, body, user }) =>
        referralResponse(
          db.transaction(() => createReferral(db, params.id, body, user)),
          201,
        ),
    }),

    listHandler({
      path: "*/api/referrals",
      querySchema: ReferralListQuerySchema,
      itemSchema: ReferralSchema,
      deny: () => denyUnlessAllowed(db, "referrals", "list"),
      rows: () => db.referrals,
      matches: referralMatches,
      sortValue: (referral, field) => referral[field],
    }),

    recordHandler({
      path: "*/api/referrals/:id",
      idSchema: referralIdSchema,
      notFound: (id) => notFound("referral", id),
      itemSchema: ReferralSchema,
      deny: () => denyUnlessAllowed(db, "referrals", "show"),
      rows: () => db.referrals,
    }),

    checkedHandler(db, {
      method: "patch",
      path: "*/api/referrals/:id",
      deny: () => denyUnlessAllowed(db, "referrals", "edit"),
      params: z.object({ id: referralIdSchema }),
      body: ReferralUpdateSchema,
      handle: ({ params, body, request, user }) => {
        const version = requireIfMatch(request);
        return referralResponse(
          db.transaction(() =>
            updateReferral(db, params.id, version, body, user),
          ),
        );
      },
    }),
  ];
}

function referralMatches(
  referral: Referral,
  query: ReferralListQuery,
): boolean {
  return (
    (query.state === undefined ||
      query.state.includes(referralState(referral))) &&
    (query.reportId === undefined || referral.reportId === query.reportId) &&
    anyOf(query.targetKind, referral.targetKind)
  );
}
