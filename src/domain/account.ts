// User accounts as an administrator manages them.
import { z } from "zod";
import { RoleSchema, type Role } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";
import { NewPasswordSchema, UsernameSchema } from "./user";

/**
 * Roles one administrator cannot give alone (DESIGN.md §7, need-to-know): desk and analyst read
 * report text; admin is here too, because whoever holds it can hand out the others (two accounts
 * an administrator made for themselves could approve each other's grants).
 */
export const rolesNeedingApproval: readonly Role[] = [
  "desk",
  "analyst",
  "admin",
];

/** The roles in `after` that `before` lacks and that need a second administrator. */
export function rolesToApprove(
  before: readonly Role[],
  after: readonly Role[],
): Role[] {
  return after.filter(
    (role) => !before.includes(role) && rolesNeedingApproval.includes(role),
  );
}

export const AccountSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
    disabled: z.boolean(),
    mfaEnrolled: z.boolean(),
    /** Roles another administrator has still to approve (a pending role grant), else []. */
    pendingRoles: z.array(RoleSchema),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    version: z.number().int().min(1),
  })
  .meta({ id: "Account" });
export type Account = z.infer<typeof AccountSchema>;

const rolesField = z
  .array(RoleSchema)
  .min(1, "give the account at least one role")
  .max(4);
const displayNameField = z
  .string()
  .trim()
  .min(2, "enter the person's name")
  .max(100);

export const AccountCreateSchema = z
  .object({
    username: UsernameSchema,
    displayName: displayNameField,
    roles: rolesField,
    password: NewPasswordSchema,
  })
  .strict()
  .meta({ id: "AccountCreate" });
export type AccountCreate = z.infer<typeof AccountCreateSchema>;

export const AccountPatchSchema = z
  .object({
    displayName: displayNameField,
    roles: rolesField,
    disabled: z.boolean(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, {
    message: "send at least one field to change",
  })
  .meta({ id: "AccountPatch" });
export type AccountPatch = z.infer<typeof AccountPatchSchema>;

export const PasswordResetSchema = z
  .object({ password: NewPasswordSchema })
  .strict()
  .meta({ id: "PasswordReset" });

export const AccountListQuerySchema = listQuerySchema(
  ["username", "displayName", "createdAt"] as const,
  "username",
  {
    role: oneOrMany(RoleSchema).optional(),
    disabled: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    q: z.string().trim().min(1).max(100).optional(),
  },
  "asc",
);
export type AccountListQuery = z.infer<typeof AccountListQuerySchema>;
export const AccountListResponseSchema = listResponseSchema(AccountSchema);

export const roleGrantStatuses = ["pending", "approved", "rejected"] as const;
export const RoleGrantStatusSchema = z.enum(roleGrantStatuses);
export type RoleGrantStatus = z.infer<typeof RoleGrantStatusSchema>;

/**
 * A request by one administrator to give an account roles that need a second administrator
 * (rolesNeedingApproval). It is decided once: approved (the account gets the roles) or rejected.
 */
export const RoleGrantSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    accountUsername: z.string(),
    accountDisplayName: z.string(),
    /** The roles to add to the account. */
    roles: z.array(RoleSchema).min(1),
    status: RoleGrantStatusSchema,
    requestedById: z.uuid(),
    requestedByName: z.string(),
    requestedAt: z.iso.datetime({ offset: true }),
    decidedById: z.uuid().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: "RoleGrant" });
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

export const RoleGrantListQuerySchema = listQuerySchema(
  ["requestedAt"] as const,
  "requestedAt",
  {
    status: oneOrMany(RoleGrantStatusSchema).optional(),
    accountId: z.uuid("accountId is not a valid account id").optional(),
  },
  "asc",
);
export type RoleGrantListQuery = z.infer<typeof RoleGrantListQuerySchema>;
export const RoleGrantListResponseSchema = listResponseSchema(RoleGrantSchema);
