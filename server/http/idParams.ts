// The `:id` of an address, checked before a handler runs. A mistyped id is a 400 that names
// which id was wrong, not a 404 for a record that cannot exist.
import { z } from "zod";

function uuidIdParams(thing: string) {
  return z.object({
    id: z.uuid(`the ${thing} id in the address is not a valid id`),
  });
}

export const ReportIdParams = uuidIdParams("report");
export const ReferralIdParams = uuidIdParams("referral");
export const MemberIdParams = uuidIdParams("member");
export const AssessmentIdParams = uuidIdParams("assessment");
export const AccountIdParams = uuidIdParams("account");
export const UserIdParams = uuidIdParams("user");
export const RoleGrantIdParams = uuidIdParams("role grant");
