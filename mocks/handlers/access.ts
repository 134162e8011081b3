// The same gate as the server's: no session → 401, a role outside the permission table → 403.
import {
  isAllowed,
  type ApiResource,
  type ResourceAction,
  type Role,
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

/** For routes outside the permission table, which name their roles (e.g. admin-only settings). */
export function denyUnlessRole(
  db: MockDb,
  roles: readonly Role[],
): Response | null {
  const user = db.currentUser;
  if (!user) return problemResponse(signInRequired());
  return user.roles.some((role) => roles.includes(role))
    ? null
    : problemResponse(roleNotAllowed());
}
