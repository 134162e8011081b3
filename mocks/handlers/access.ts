// The same gate as the server's: no session → 401, a sign-in still waiting for its second
// factor → 401 outside the sign-in steps, a role outside the permission table → 403.
import {
  isAllowed,
  makeProblem,
  unfinishedSignInDetail,
  type ApiResource,
  type ResourceAction,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { problemResponse, roleNotAllowed, signInRequired } from "./problems";

/** `duringSignIn`: reachable before the second factor is done (me, logout, the MFA steps). */
export function denyUnlessSignedIn(
  db: MockDb,
  { duringSignIn = false }: { duringSignIn?: boolean } = {},
): Response | null {
  const user = db.currentUser;
  if (!user) return problemResponse(signInRequired());
  if (user.mfa !== "done" && !duringSignIn)
    return problemResponse(
      makeProblem(401, "unauthenticated", unfinishedSignInDetail(user.mfa)),
    );
  return null;
}

export function denyUnlessAllowed(
  db: MockDb,
  resource: ApiResource,
  action: ResourceAction,
): Response | null {
  const denied = denyUnlessSignedIn(db);
  if (denied) return denied;
  return isAllowed(db.currentUser!.roles, resource, action)
    ? null
    : problemResponse(roleNotAllowed());
}
