import { and, eq, ilike, sql, type SQL } from "drizzle-orm";
import type { ListResponse, Member, MemberListQuery } from "../../src/domain";
import type { Database } from "../db/connect";
import { anyOf, countAll, orderWithTieBreak, pageWindow } from "../db/listQuery";
import { members, ports } from "../db/schema";

type MemberRow = typeof members.$inferSelect;

export function toMember(row: MemberRow): Member {
  return {
    ...row,
    type: row.type as Member["type"],
    status: row.status as Member["status"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const sortColumns = {
  name: members.name,
  joinedOn: members.joinedOn,
  type: members.type,
  status: members.status,
  portId: members.portId,
} as const;

export async function listMembers(db: Database, query: MemberListQuery): Promise<ListResponse<Member>> {
  const conditions: (SQL | undefined)[] = [
    query.status && anyOf(members.status, query.status),
    query.type && anyOf(members.type, query.type),
    query.portId && anyOf(members.portId, query.portId),
    query.nation && sql`${members.portId} in (select ${ports.id} from ${ports} where ${anyOf(ports.nation, query.nation)})`,
    query.q ? ilike(members.name, `%${query.q}%`) : undefined,
  ];
  const where = and(...conditions.filter((c): c is SQL => c !== undefined));
  const { limit, offset } = pageWindow(query);
  const [rows, [counted]] = await Promise.all([
    db.select().from(members).where(where).orderBy(...orderWithTieBreak(query.order, sortColumns[query.sort], members.id)).limit(limit).offset(offset),
    db.select({ total: countAll }).from(members).where(where),
  ]);
  return { data: rows.map(toMember), total: counted?.total ?? 0 };
}

export async function findMember(db: Database, id: string): Promise<Member | null> {
  const [row] = await db.select().from(members).where(eq(members.id, id)).limit(1);
  return row ? toMember(row) : null;
}
