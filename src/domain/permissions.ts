// Who may do what, by resource and action. The server enforces this table on every route;
// the app reads the same table (through react-admin's canAccess) only to hide what would fail.
import type { Role } from "./enums";

export const resourceActions = ["list", "show", "create", "edit", "delete"] as const;
export type ResourceAction = (typeof resourceActions)[number];

export type ApiResource = "reports" | "referrals" | "ports" | "members" | "assessments";

const everyone: readonly Role[] = ["desk", "analyst", "manager", "admin"];

export const permissions: Record<ApiResource, Partial<Record<ResourceAction, readonly Role[]>>> = {
  // Report text is need-to-know: the desk works reports, analysts read them; managers see aggregates only.
  reports: { list: ["desk", "analyst"], show: ["desk", "analyst"], create: ["desk"], edit: ["desk"] },
  referrals: { list: ["desk", "analyst"], show: ["desk", "analyst"], create: ["desk"], edit: ["desk"] },
  ports: { list: everyone, show: everyone },
  members: { list: everyone, show: everyone, create: ["manager", "admin"], edit: ["manager", "admin"] },
  assessments: { list: everyone, show: everyone, create: ["manager", "admin"], edit: ["manager", "admin"] },
};

export function rolesFor(resource: ApiResource, action: ResourceAction): readonly Role[] {
  return permissions[resource][action] ?? [];
}

export function isAllowed(roles: readonly Role[], resource: ApiResource, action: ResourceAction): boolean {
  const allowed = rolesFor(resource, action);
  return roles.some((r) => allowed.includes(r));
}
