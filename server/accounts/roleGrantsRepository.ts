// Role grants: roles one administrator asked to give an account (DESIGN.md §7: granting a
// report-reading role needs a second administrator). A grant is decided once; approving it adds
// its roles to the account and moves the account's version on.
import { and, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  ListResponse,
  Role,
  RoleGrant,
  RoleGrantListQuery,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import {
  anyOf,
  countAll,
  orderWithTieBreak,
  pageWindow,
} from "../db/listQuery";
import { roleGrants, users } from "../db/schema";
import { problem } from "../http/problems";

const grantee = alias(users, "grantee");
const requester = alias(users, "requester");
const decider = alias(users, "decider");

const grantColumns = {
  grant: roleGrants,
  accountUsername: grantee.username,
  accountDisplayName: grantee.displayName,
  requestedByName: requester.displayName,
  decidedByName: decider.displayName,
};

function grantsWithNames(db: Queryable) {
  return db
    .select(grantColumns)
    .from(roleGrants)
    .innerJoin(grantee, eq(grantee.id, roleGrants.accountId))
    .innerJoin(requester, eq(requester.id, roleGrants.requestedBy))
    .leftJoin(decider, eq(decider.id, roleGrants.decidedBy));
}

type GrantRow = Awaited<ReturnType<typeof grantsWithNames>>[number];

function toRoleGrant({ grant, ...names }: GrantRow): RoleGrant {
  return {
    id: grant.id,
    accountId: grant.accountId,
    accountUsername: names.accountUsername,
    accountDisplayName: names.accountDisplayName,
    roles: grant.roles as Role[],
    status: grant.status as RoleGrant["status"],
    requestedById: grant.requestedBy,
    requestedByName: names.requestedByName,
    requestedAt: grant.requestedAt.toISOString(),
    decidedById: grant.decidedBy,
    decidedByName: names.decidedByName,
    decidedAt: grant.decidedAt?.toISOString() ?? null,
  };
}

export async function listRoleGrants(
  db: Queryable,
  query: RoleGrantListQuery,
): Promise<ListResponse<RoleGrant>> {
  const conditions = [
    query.status ? anyOf(roleGrants.status, query.status) : undefined,
    query.accountId ? eq(roleGrants.accountId, query.accountId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const where = and(...conditions);
  const { limit, offset } = pageWindow(query);
  const [rows, [counted]] = await Promise.all([
    grantsWithNames(db)
      .where(where)
      .orderBy(
        ...orderWithTieBreak(
          query.order,
          roleGrants.requestedAt,
          roleGrants.id,
        ),
      )
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(roleGrants).where(where),
  ]);
  return { data: rows.map(toRoleGrant), total: counted?.total ?? 0 };
}

export async function findRoleGrant(
  db: Queryable,
  id: string,
): Promise<RoleGrant | null> {
  const [row] = await grantsWithNames(db).where(eq(roleGrants.id, id)).limit(1);
  return row ? toRoleGrant(row) : null;
}

export function roleGrantNotFound(id: string) {
  return problem(404, "not_found", `There is no role grant with id ${id}.`);
}

/** The roles waiting for approval on each of these accounts (one pending grant at most each). */
export async function pendingRolesOf(
  db: Queryable,
  accountId: string,
): Promise<Role[]> {
  const [pending] = await db
    .select({ roles: roleGrants.roles })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.accountId, accountId),
        eq(roleGrants.status, "pending"),
      ),
    )
    .limit(1);
  return (pending?.roles ?? []) as Role[];
}

/**
 * Records that `requestedBy` asks for `roles` on the account, whose row the caller has locked.
 * Asking again for roles already waiting changes nothing (null); asking for others while a grant
 * waits is a 409, so nobody approves a request that changed after they read it.
 */
export async function requestRoleGrant(
  tx: Transaction,
  account: { id: string; displayName: string },
  roles: Role[],
  requestedBy: string,
): Promise<RoleGrant | null> {
  const waiting = await pendingRolesOf(tx, account.id);
  if (waiting.length > 0) {
    if (roles.every((role) => waiting.includes(role))) return null;
    throw problem(
      409,
      "conflict",
      `${account.displayName} already has roles waiting for approval (${waiting.join(", ")}); ask another administrator to approve or reject that request before asking for more.`,
    );
  }
  const [inserted] = await tx
    .insert(roleGrants)
    .values({ accountId: account.id, roles, requestedBy })
    .returning({ id: roleGrants.id });
  return (await findRoleGrant(tx, inserted!.id))!;
}

export interface RoleGrantDecision {
  grant: RoleGrant;
  rolesBefore: Role[];
  rolesAfter: Role[];
  accountVersion: number;
}

/**
 * Approves (the account gets the roles) or rejects a pending grant. The caller has already
 * checked who may decide it; under the row lock only its status can have moved on.
 */
export async function decideRoleGrant(
  tx: Transaction,
  id: string,
  decision: "approved" | "rejected",
  decidedBy: string,
): Promise<RoleGrantDecision> {
  const [locked] = await tx
    .select()
    .from(roleGrants)
    .where(eq(roleGrants.id, id))
    .for("update");
  if (!locked) throw roleGrantNotFound(id);
  if (locked.status !== "pending")
    throw problem(
      409,
      "conflict",
      `This role grant was already ${locked.status}; reload the list to see who decided it.`,
    );
  const [account] = await tx
    .select()
    .from(users)
    .where(eq(users.id, locked.accountId))
    .for("update");
  const rolesBefore = account!.roles as Role[];
  let rolesAfter = rolesBefore;
  let accountVersion = account!.version;
  if (decision === "approved") {
    const added = (locked.roles as Role[]).filter(
      (role) => !rolesBefore.includes(role),
    );
    rolesAfter = [...rolesBefore, ...added];
    accountVersion += 1;
    await tx
      .update(users)
      .set({
        roles: rolesAfter,
        version: accountVersion,
        updatedAt: new Date(),
      })
      .where(eq(users.id, locked.accountId));
  }
  await tx
    .update(roleGrants)
    .set({ status: decision, decidedBy, decidedAt: new Date() })
    .where(eq(roleGrants.id, id));
  const grant = (await findRoleGrant(tx, id))!;
  return { grant, rolesBefore, rolesAfter, accountVersion };
}
