// Accounts as the administrator manages them. Disabling an account or resetting its password
// ends its sessions at once, in the same transaction. Roles that need a second administrator
// (rolesNeedingApproval) are never given here: they become a pending role grant instead.
import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type {
  Account,
  AccountCreate,
  AccountListQuery,
  AccountPatch,
  ListResponse,
  Role,
  RoleGrant,
} from "../../src/domain";
import { rolesToApprove } from "../../src/domain";
import { newPasswordProblem } from "../auth/passwordPolicy";
import { endSessionsOf } from "../auth/sessions";
import type { Queryable, Transaction } from "../db/connect";
import { countAll, orderWithTieBreak, pageWindow } from "../db/listQuery";
import { roleGrants, users } from "../db/schema";
import { problem } from "../http/problems";
import { containsPattern } from "../db/likePattern";
import { pendingRolesOf, requestRoleGrant } from "./roleGrantsRepository";

type UserRow = typeof users.$inferSelect;

function toAccount(row: UserRow, pendingRoles: string[] | null): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    disabled: row.disabled,
    mfaEnrolled: row.totpSecret !== null,
    pendingRoles: (pendingRoles ?? []) as Role[],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const sortColumns = {
  username: users.username,
  displayName: users.displayName,
  createdAt: users.createdAt,
} as const;

export async function listAccounts(
  db: Queryable,
  query: AccountListQuery,
): Promise<ListResponse<Account>> {
  const conditions: (SQL | undefined)[] = [
    query.role &&
      sql`${users.roles} && array[${sql.join(
        query.role.map((r) => sql`${r}`),
        sql`, `,
      )}]::text[]`,
    query.disabled !== undefined
      ? eq(users.disabled, query.disabled)
      : undefined,
    query.q
      ? or(
          ilike(users.username, containsPattern(query.q)),
          ilike(users.displayName, containsPattern(query.q)),
        )
      : undefined,
  ];
  const where = and(...conditions.filter((c): c is SQL => c !== undefined));
  const { limit, offset } = pageWindow(query);
  const [rows, [counted]] = await Promise.all([
    accountsWithPendingRoles(db)
      .where(where)
      .orderBy(
        ...orderWithTieBreak(query.order, sortColumns[query.sort], users.id),
      )
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(users).where(where),
  ]);
  return {
    data: rows.map((row) => toAccount(row.user, row.pendingRoles)),
    total: counted?.total ?? 0,
  };
}

/** Each account with the roles of its pending grant (at most one per account, by a unique index). */
function accountsWithPendingRoles(db: Queryable) {
  return db
    .select({ user: users, pendingRoles: roleGrants.roles })
    .from(users)
    .leftJoin(
      roleGrants,
      and(eq(roleGrants.accountId, users.id), eq(roleGrants.status, "pending")),
    );
}

export async function findAccount(
  db: Queryable,
  id: string,
): Promise<Account | null> {
  const [row] = await accountsWithPendingRoles(db)
    .where(eq(users.id, id))
    .limit(1);
  return row ? toAccount(row.user, row.pendingRoles) : null;
}

/** A saved row as the API shows it; the pending roles are read in the same transaction. */
async function savedAccount(db: Queryable, row: UserRow): Promise<Account> {
  return toAccount(row, await pendingRolesOf(db, row.id));
}

/** What a create or a change of roles did: the roles before and after, and any grant asked for. */
export interface AccountRoleChange {
  account: Account;
  rolesBefore: Role[];
  grant: RoleGrant | null;
}

function checkPassword(
  password: string,
  username: string,
  displayName: string,
): void {
  const message = newPasswordProblem(password, [
    username,
    ...displayName.split(/\s+/),
  ]);
  if (message)
    throw problem(400, "validation", `password: ${message}`, {
      errors: [{ field: "password", message }],
    });
}

/**
 * `passwordHash` is hashPassword(body.password), made before the caller's transaction: argon2 is
 * slow, and an open transaction would hold up every other request meanwhile.
 */
export async function createAccount(
  tx: Transaction,
  body: AccountCreate,
  passwordHash: string,
  actorId: string,
): Promise<AccountRoleChange> {
  checkPassword(body.password, body.username, body.displayName);
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, body.username))
    .limit(1);
  if (existing) {
    const message = "that username is taken; choose another";
    throw problem(409, "conflict", message, {
      errors: [{ field: "username", message }],
    });
  }
  // The administrator sets the first password, so roles given at creation are theirs to use
  // too: a new account gets the others now and waits for a second administrator for these.
  const waiting = rolesToApprove([], body.roles);
  const [row] = await tx
    .insert(users)
    .values({
      username: body.username,
      displayName: body.displayName,
      roles: body.roles.filter((role) => !waiting.includes(role)),
      passwordHash,
    })
    .returning();
  const grant =
    waiting.length > 0
      ? await requestRoleGrant(tx, row!, waiting, actorId)
      : null;
  return { account: await savedAccount(tx, row!), rolesBefore: [], grant };
}

async function lockAccount(
  tx: Transaction,
  id: string,
  expectedVersion: number,
): Promise<UserRow> {
  const [row] = await tx
    .select()
    .from(users)
    .where(eq(users.id, id))
    .for("update");
  if (!row)
    throw problem(404, "not_found", `There is no account with id ${id}.`);
  if (row.version !== expectedVersion) {
    throw problem(
      409,
      "conflict",
      `Someone else changed ${row.username}'s account after you opened it; review it and try again.`,
      { current: await savedAccount(tx, row) },
    );
  }
  return row;
}

/**
 * Roles taken away and roles that need no second administrator change at once; added roles that
 * need one become a pending grant. The caller refuses a change of the caller's own roles first.
 */
export async function updateAccount(
  db: Queryable,
  id: string,
  expectedVersion: number,
  patch: AccountPatch,
  actorId: string,
): Promise<AccountRoleChange> {
  if (id === actorId && patch.disabled === true) {
    const message =
      "you cannot disable your own account; ask another administrator";
    throw problem(400, "validation", message, {
      errors: [{ field: "disabled", message }],
    });
  }
  return db.transaction(async (tx) => {
    const row = await lockAccount(tx, id, expectedVersion);
    const rolesBefore = row.roles as Role[];
    const { roles, ...rest } = patch;
    const waiting = roles ? rolesToApprove(rolesBefore, roles) : [];
    const grant =
      waiting.length > 0
        ? await requestRoleGrant(tx, row, waiting, actorId)
        : null;
    const [updated] = await tx
      .update(users)
      .set({
        ...rest,
        ...(roles && {
          roles: roles.filter((role) => !waiting.includes(role)),
        }),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    if (patch.disabled) await endSessionsOf(tx, id);
    return { account: await savedAccount(tx, updated!), rolesBefore, grant };
  });
}

/** `passwordHash` is hashPassword(password), made before the transaction (see createAccount). */
export async function resetPassword(
  db: Queryable,
  id: string,
  expectedVersion: number,
  password: string,
  passwordHash: string,
): Promise<Account> {
  return db.transaction(async (tx) => {
    const row = await lockAccount(tx, id, expectedVersion);
    checkPassword(password, row.username, row.displayName);
    const [updated] = await tx
      .update(users)
      .set({
        passwordHash,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    await endSessionsOf(tx, id);
    return savedAccount(tx, updated!);
  });
}

/**
 * A lost or replaced authenticator: forget the account's second factor and recovery codes and
 * end its sessions. At the next sign-in the person sets up an authenticator again (MFA is still
 * required); the password does not change.
 */
export async function resetSecondFactor(
  db: Queryable,
  id: string,
  expectedVersion: number,
): Promise<Account> {
  return db.transaction(async (tx) => {
    const row = await lockAccount(tx, id, expectedVersion);
    const [updated] = await tx
      .update(users)
      .set({
        totpSecret: null,
        totpLastStep: null,
        recoveryCodeHashes: [],
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    await endSessionsOf(tx, id);
    return savedAccount(tx, updated!);
  });
}
