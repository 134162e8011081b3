import { and, eq, sql, type SQL } from "drizzle-orm";
import type {
  ListResponse,
  Role,
  UserListQuery,
  UserSummary,
} from "../../src/domain";
import { hashPassword } from "../auth/passwords";
import type { Queryable } from "../db/connect";
import {
  anyOf,
  countAll,
  orderWithTieBreak,
  pageWindow,
} from "../db/listQuery";
import { users } from "../db/schema";

const summaryColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
};

function toSummary(row: {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}): UserSummary {
  return { ...row, roles: row.roles as Role[] };
}

export async function listUsers(
  db: Queryable,
  query: UserListQuery,
): Promise<ListResponse<UserSummary>> {
  const conditions: (SQL | undefined)[] = [
    query.id && anyOf(users.id, query.id),
    query.role &&
      sql`${users.roles} && array[${sql.join(
        query.role.map((r) => sql`${r}`),
        sql`, `,
      )}]::text[]`,
  ];
  const where = and(...conditions.filter((c): c is SQL => c !== undefined));
  const { limit, offset } = pageWindow(query);
  const sortColumn =
    query.sort === "username" ? users.username : users.displayName;
  const [rows, [counted]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(users)
      .where(where)
      .orderBy(...orderWithTieBreak(query.order, sortColumn, users.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(users).where(where),
  ]);
  return { data: rows.map(toSummary), total: counted?.total ?? 0 };
}

export async function findUser(
  db: Queryable,
  id: string,
): Promise<UserSummary | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ? toSummary(row) : null;
}

export async function findUserForLogin(db: Queryable, username: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.username, username))
    .limit(1);
  return row ?? null;
}

export interface NewUser {
  id?: string;
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
}

export async function createUser(
  db: Queryable,
  user: NewUser,
): Promise<UserSummary> {
  const passwordHash = await hashPassword(user.password);
  const [row] = await db
    .insert(users)
    .values({
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      passwordHash,
    })
    .returning(summaryColumns);
  return toSummary(row!);
}
