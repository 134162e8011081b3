// User accounts as an administrator manages them.
import { z } from "zod";
import { RoleSchema } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";
import { NewPasswordSchema, UsernameSchema } from "./user";

export const AccountSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
    disabled: z.boolean(),
    mfaEnrolled: z.boolean(),
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
