// /api/accounts: the administrator's user management. Every change is audited, a role change
// with the roles before and after. Nobody changes their own roles, and roles that need a second
// administrator become a pending grant (role-grant routes in roleGrantRoutes.ts).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AccountCreateSchema,
  AccountListQuerySchema,
  AccountListResponseSchema,
  AccountPatchSchema,
  AccountSchema,
  PasswordResetSchema,
  ProblemSchema,
  etagFor,
  type Role,
} from "../../src/domain";
import { auditedChange, type AuditEntry } from "../audit/auditTrail";
import { hashPassword } from "../auth/passwords";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { problem } from "../http/problems";
import {
  createAccount,
  findAccount,
  listAccounts,
  resetPassword,
  resetSecondFactor,
  updateAccount,
  type AccountRoleChange,
} from "./accountsRepository";
import { requireIfMatch } from "../http/ifMatch";
import { AccountIdParams } from "../http/idParams";
import { deniedAuthorisation } from "./deniedAuthorisation";
import { roleGrantRequested, roleGrantRoutes } from "./roleGrantRoutes";

const IfMatchHeaders = z.object({ "if-match": z.string().optional() });
const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/** The change's own audit row, then one for the grant it asked for, if any. */
function roleChangeEntries(
  change: AccountRoleChange,
  entry: AuditEntry,
): AuditEntry[] {
  return change.grant ? [entry, roleGrantRequested(change.grant)] : [entry];
}

export const accountRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  // Registered here rather than in app.ts: they are part of /api/accounts.
  await app.register(roleGrantRoutes, { db });

  app.get("/api/accounts", {
    config: { access: allow("accounts", "list") },
    schema: {
      tags: ["accounts"],
      summary: "List accounts",
      querystring: AccountListQuerySchema,
      response: { 200: AccountListResponseSchema, ...problems },
    },
    handler: (request) => listAccounts(db, request.query),
  });

  app.get("/api/accounts/:id", {
    config: { access: allow("accounts", "show") },
    schema: {
      tags: ["accounts"],
      summary: "One account",
      params: AccountIdParams,
      response: { 200: AccountSchema, ...problems },
    },
    handler: async (request, reply) => {
      const account = await findAccount(db, request.params.id);
      if (!account)
        throw problem(
          404,
          "not_found",
          `There is no account with id ${request.params.id}.`,
        );
      reply.header("ETag", etagFor(account.version));
      return account;
    },
  });

  app.post("/api/accounts", {
    config: { access: allow("accounts", "create") },
    schema: {
      tags: ["accounts"],
      summary:
        "Create an account (desk, analyst or admin roles wait for a second administrator's approval: see pendingRoles)",
      body: AccountCreateSchema,
      response: { 201: AccountSchema, ...problems, 409: ProblemSchema },
    },
    handler: async (request, reply) => {
      const passwordHash = await hashPassword(request.body.password);
      const { account } = await auditedChange(
        db,
        request,
        (tx) => createAccount(tx, request.body, passwordHash, request.user!.id),
        (created) =>
          roleChangeEntries(created, {
            action: "user.create",
            entity: "user",
            entityId: created.account.id,
            detail: {
              username: created.account.username,
              rolesBefore: [],
              rolesAfter: created.account.roles,
            },
          }),
      );
      return reply
        .code(201)
        .header("ETag", etagFor(account.version))
        .send(account);
    },
  });

  app.patch("/api/accounts/:id", {
    config: { access: allow("accounts", "edit") },
    schema: {
      tags: ["accounts"],
      summary:
        "Change roles or name, disable or re-enable (disabling ends the account's sessions). Added desk, analyst or admin roles wait for a second administrator (see pendingRoles); nobody changes their own roles (403)",
      params: AccountIdParams,
      headers: IfMatchHeaders,
      body: AccountPatchSchema,
      response: {
        200: AccountSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const version = requireIfMatch(request.headers["if-match"]);
      const me = request.user!;
      const { roles, ...otherFields } = request.body;
      if (request.params.id === me.id && roles && !sameRoles(roles, me.roles))
        throw await deniedAuthorisation(
          db,
          request,
          "Nobody can change their own roles: ask another administrator to change them.",
          { reason: "own roles", rolesBefore: me.roles, rolesAsked: roles },
        );
      const { account } = await auditedChange(
        db,
        request,
        (tx) =>
          updateAccount(tx, request.params.id, version, request.body, me.id),
        (updated) =>
          roleChangeEntries(updated, {
            action: "user.update",
            entity: "user",
            entityId: updated.account.id,
            detail: {
              ...otherFields,
              ...(roles && {
                rolesBefore: updated.rolesBefore,
                rolesAfter: updated.account.roles,
              }),
            },
          }),
      );
      return reply.header("ETag", etagFor(account.version)).send(account);
    },
  });

  app.post("/api/accounts/:id/password", {
    config: { access: allow("accounts", "edit") },
    schema: {
      tags: ["accounts"],
      summary: "Reset the account's password (ends its sessions)",
      params: AccountIdParams,
      headers: IfMatchHeaders,
      body: PasswordResetSchema,
      response: {
        200: AccountSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const version = requireIfMatch(request.headers["if-match"]);
      const passwordHash = await hashPassword(request.body.password);
      const account = await auditedChange(
        db,
        request,
        (tx) =>
          resetPassword(
            tx,
            request.params.id,
            version,
            request.body.password,
            passwordHash,
          ),
        (updated) => ({
          action: "user.password_reset",
          entity: "user",
          entityId: updated.id,
        }),
      );
      return reply.header("ETag", etagFor(account.version)).send(account);
    },
  });

  app.delete("/api/accounts/:id/mfa", {
    config: { access: allow("accounts", "edit") },
    schema: {
      tags: ["accounts"],
      summary:
        "Reset a lost authenticator: removes the second factor and recovery codes and ends the account's sessions; the next sign-in sets up a new one",
      params: AccountIdParams,
      headers: IfMatchHeaders,
      response: {
        200: AccountSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const version = requireIfMatch(request.headers["if-match"]);
      const account = await auditedChange(
        db,
        request,
        (tx) => resetSecondFactor(tx, request.params.id, version),
        (updated) => ({
          action: "user.mfa_reset",
          entity: "user",
          entityId: updated.id,
        }),
      );
      return reply.header("ETag", etagFor(account.version)).send(account);
    },
  });
};
