// Users, their roles, and the auth API shapes.
import { z } from "zod";
import { RoleSchema } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";

export const CurrentUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
  })
  .meta({ id: "CurrentUser" });
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

export const LoginRequestSchema = z
  .object({
    username: z.string().trim().min(1, "enter your username").max(100),
    password: z.string().min(1, "enter your password").max(1000),
  })
  .strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Usernames are short, lower-case handles; they appear in audit rows. */
export const UsernameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9._-]{1,39}$/, "use 2–40 lower-case letters, digits, dots, dashes or underscores, starting with a letter");

/** No composition rules (NCSC / NIST 800-63B): length is what matters. */
export const NewPasswordSchema = z
  .string()
  .min(12, "use at least 12 characters")
  .max(256, "use at most 256 characters");

/** What every signed-in user may see of a colleague: enough to show an assignee. */
export const UserSummarySchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
  })
  .meta({ id: "UserSummary" });
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const UserListQuerySchema = listQuerySchema(["username", "displayName"] as const, "displayName", {
  id: oneOrMany(z.uuid("id must be a user id")).optional(),
  role: oneOrMany(RoleSchema).optional(),
}, "asc");
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserSummaryListResponseSchema = listResponseSchema(UserSummarySchema);
