// The same gate as the server's: no session → 401, a role outside the permission table → 403.
import {
  isAllowed,
  type ApiResource,
  type ResourceAction,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { problemResponse, roleNotAllowed, signInRequired } from "./problems";

export function denyUnlessSignedIn(db: MockDb): Response | null {
  return db.currentUser ? null : problemResponse(signInRequired());
}

export function denyUnlessAllowed(
  db: MockDb,
  resource: ApiResource,
  action: ResourceAction,
): Response | null {
  const user = db.currentUser;
  if (!user) return problemResponse(signInRequired());
  return isAllowed(user.roles, resource, action)
    ? null
    : problemResponse(roleNotAllowed());
}
