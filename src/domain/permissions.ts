// Who may do what, by resource and action. The server enforces this table on every route;
// the app reads the same table (through react-admin's canAccess) only to hide what would fail.
import type { Role } from "./enums";

export const resourceActions = [
  "list",
  "show",
  "create",
  "edit",
  "delete",
] as const;
export type ResourceAction = (typeof resourceActions)[number];

export type ApiResource =
  | "accounts"
  | "roleGrants"
  | "audit"
  | "reports"
  | "referrals"
  | "ports"
  | "members"
  | "assessments"
  | "psems"
  | "coverage"
  | "stats"
  | "patterns"
  | "settings";

const everyone: readonly Role[] = ["desk", "analyst", "manager", "admin"];

export const permissions: Record<
  ApiResource,
  Partial<Record<ResourceAction, readonly Role[]>>
> = {
  // Accounts and the audit log belong to the system administrator alone.
  accounts: {
    list: ["admin"],
    show: ["admin"],
    create: ["admin"],
    edit: ["admin"],
  },
  // Roles waiting for a second administrator; who may decide one is checked per grant.
  roleGrants: { list: ["admin"], edit: ["admin"] },
  audit: { list: ["admin"] },
  // Report text is need-to-know: the desk works reports, analysts read them; managers see aggregates only.
  reports: {
    list: ["desk", "analyst"],
    show: ["desk", "analyst"],
    create: ["desk"],
    edit: ["desk"],
  },
  referrals: {
    list: ["desk", "analyst"],
    show: ["desk", "analyst"],
    create: ["desk"],
    edit: ["desk"],
  },
  ports: { list: everyone, show: everyone },
  members: {
    list: everyone,
    show: everyone,
    create: ["manager", "admin"],
    edit: ["manager", "admin"],
  },
  assessments: {
    list: everyone,
    show: everyone,
    create: ["manager", "admin"],
    edit: ["manager", "admin"],
  },
  // The PSeMS framework (steps, elements, review cycle) is configuration: everyone reads it, an admin changes it.
  psems: { list: everyone, show: everyone, edit: ["admin"] },
  // Coverage is membership aggregates for JMSC management; it never carries report text.
  coverage: { list: ["manager", "admin"] },
  // Report counts: the desk and analysts, and managers, who always get published figures (rounded to base 5).
  stats: { list: ["desk", "analyst", "manager"] },
  // Cross-port patterns name reports, so they stay inside the desk; reviewing one is analysis work.
  patterns: { list: ["desk", "analyst"], edit: ["analyst"] },
  // The SLA policy and map settings: every screen reads them; only an administrator changes them.
  settings: { show: everyone, edit: ["admin"] },
};

export function rolesFor(
  resource: ApiResource,
  action: ResourceAction,
): readonly Role[] {
  return permissions[resource][action] ?? [];
}

export function isAllowed(
  roles: readonly Role[],
  resource: ApiResource,
  action: ResourceAction,
): boolean {
  const allowed = rolesFor(resource, action);
  return roles.some((r) => allowed.includes(r));
}
