// Accounts as the administrator manages them. Disabling an account or resetting its password
// ends its sessions at once, in the same transaction.
import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type {
  Account,
  AccountCreate,
  AccountListQuery,
  AccountPatch,
  ListResponse,
  Role,
} from "../../src/domain";
import { newPasswordProblem } from "../auth/passwordPolicy";
import { endSessionsOf } from "../auth/sessions";
import type { Queryable, Transaction } from "../db/connect";
import { countAll, orderWithTieBreak, pageWindow } from "../db/listQuery";
import { users } from "../db/schema";
import { problem } from "../http/problems";
import { containsPattern } from "../db/likePattern";

type UserRow = typeof users.$inferSelect;

function toAccount(row: UserRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    disabled: row.disabled,
    mfaEnrolled: row.totpSecret !== null,
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
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(
        ...orderWithTieBreak(query.order, sortColumns[query.sort], users.id),
      )
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(users).where(where),
  ]);
  return { data: rows.map(toAccount), total: counted?.total ?? 0 };
}

export async function findAccount(
  db: Queryable,
  id: string,
): Promise<Account | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ? toAccount(row) : null;
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
  db: Queryable,
  body: AccountCreate,
  passwordHash: string,
): Promise<Account> {
  checkPassword(body.password, body.username, body.displayName);
  const [existing] = await db
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
  const [row] = await db
    .insert(users)
    .values({
      username: body.username,
      displayName: body.displayName,
      roles: body.roles,
      passwordHash,
    })
    .returning();
  return toAccount(row!);
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
      { current: toAccount(row) },
    );
  }
  return row;
}

export async function updateAccount(
  db: Queryable,
  id: string,
  expectedVersion: number,
  patch: AccountPatch,
  actorId: string,
): Promise<Account> {
  if (
    id === actorId &&
    (patch.disabled === true || (patch.roles && !patch.roles.includes("admin")))
  ) {
    const message =
      "you cannot disable your own account or remove your own admin role; ask another administrator";
    throw problem(400, "validation", message, {
      errors: [{ field: patch.disabled ? "disabled" : "roles", message }],
    });
  }
  return db.transaction(async (tx) => {
    const row = await lockAccount(tx, id, expectedVersion);
    const [updated] = await tx
      .update(users)
      .set({ ...patch, version: row.version + 1, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (patch.disabled) await endSessionsOf(tx, id);
    return toAccount(updated!);
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
    return toAccount(updated!);
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
    return toAccount(updated!);
  });
}
