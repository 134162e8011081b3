// /api/accounts/role-grants: roles one administrator asked to give, waiting for a second one
// (DESIGN.md §7). Another administrator approves or rejects; whoever asked, and the account's
// owner, cannot approve. Every decision is audited with the account's roles before and after.
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ProblemSchema,
  RoleGrantListQuerySchema,
  RoleGrantListResponseSchema,
  RoleGrantSchema,
  type RoleGrant,
} from "../../src/domain";
import { auditedChange, type AuditEntry } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { RoleGrantIdParams } from "../http/idParams";
import { deniedAuthorisation } from "./deniedAuthorisation";
import {
  decideRoleGrant,
  findRoleGrant,
  listRoleGrants,
  roleGrantNotFound,
} from "./roleGrantsRepository";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

/** The audit row of a new request (written by the account routes that make one). */
export function roleGrantRequested(grant: RoleGrant): AuditEntry {
  return {
    action: "user.role_grant_requested",
    entity: "user",
    entityId: grant.accountId,
    detail: { grantId: grant.id, roles: grant.roles },
  };
}

export const roleGrantRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/accounts/role-grants", {
    config: { access: allow("roleGrants", "list") },
    schema: {
      tags: ["accounts"],
      summary:
        "Role grants: roles an administrator asked to give an account, pending until a second administrator decides",
      querystring: RoleGrantListQuerySchema,
      response: { 200: RoleGrantListResponseSchema, ...problems },
    },
    handler: (request) => listRoleGrants(db, request.query),
  });

  app.post("/api/accounts/role-grants/:id/approval", {
    config: { access: allow("roleGrants", "edit") },
    schema: {
      tags: ["accounts"],
      summary:
        "Approve a pending role grant: the account gets its roles. Not by the administrator who asked, nor by the account's owner",
      params: RoleGrantIdParams,
      response: { 200: RoleGrantSchema, ...problems, 409: ProblemSchema },
    },
    handler: async (request) => {
      const me = request.user!;
      const grant = await findRoleGrant(db, request.params.id);
      if (!grant) throw roleGrantNotFound(request.params.id);
      // Who asked and for whom never change, so checking before the decision's lock is safe.
      const refusal =
        grant.requestedById === me.id
          ? "You asked for these roles, so another administrator must approve them."
          : grant.accountId === me.id
            ? "These roles are for your own account, so another administrator must approve them."
            : null;
      if (refusal)
        throw await deniedAuthorisation(db, request, refusal, {
          reason: grant.requestedById === me.id ? "own request" : "own account",
          grantId: grant.id,
        });
      return decide(db, request, grant.id, "approved");
    },
  });

  app.post("/api/accounts/role-grants/:id/rejection", {
    config: { access: allow("roleGrants", "edit") },
    schema: {
      tags: ["accounts"],
      summary:
        "Reject a pending role grant: the account's roles stay as they are (whoever asked may withdraw it this way)",
      params: RoleGrantIdParams,
      response: { 200: RoleGrantSchema, ...problems, 409: ProblemSchema },
    },
    handler: (request) => decide(db, request, request.params.id, "rejected"),
  });
};

async function decide(
  db: Database,
  request: FastifyRequest,
  id: string,
  decision: "approved" | "rejected",
): Promise<RoleGrant> {
  const { grant } = await auditedChange(
    db,
    request,
    (tx) => decideRoleGrant(tx, id, decision, request.user!.id),
    ({ grant, rolesBefore, rolesAfter }) => ({
      action:
        decision === "approved"
          ? "user.role_grant_approved"
          : "user.role_grant_rejected",
      entity: "user",
      entityId: grant.accountId,
      detail: {
        grantId: grant.id,
        roles: grant.roles,
        requestedBy: grant.requestedById,
        rolesBefore,
        rolesAfter,
      },
    }),
  );
  return grant;
}
