import { and, eq, ilike, or, type SQL } from "drizzle-orm";
import { ukPorts } from "../../src/domain/reference/ukPorts";
import type { ListResponse, Port, PortListQuery } from "../../src/domain";
import type { Queryable } from "../db/connect";
import {
  anyOf,
  countAll,
  orderWithTieBreak,
  pageWindow,
} from "../db/listQuery";
import { ports } from "../db/schema";
import { containsPattern } from "../db/likePattern";

type PortRow = typeof ports.$inferSelect;

function toPort(row: PortRow): Port {
  return { ...row, nation: row.nation as Port["nation"] };
}

const sortColumns = {
  name: ports.name,
  nation: ports.nation,
  tier: ports.tier,
  unlocode: ports.unlocode,
} as const;

export async function listPorts(
  db: Queryable,
  query: PortListQuery,
): Promise<ListResponse<Port>> {
  const conditions: (SQL | undefined)[] = [
    query.nation && anyOf(ports.nation, query.nation),
    query.tier && anyOf(ports.tier, query.tier),
    query.id && anyOf(ports.id, query.id),
    query.q
      ? or(
          ilike(ports.name, containsPattern(query.q)),
          ilike(ports.unlocode, containsPattern(query.q)),
        )
      : undefined,
  ];
  const where = and(...conditions.filter((c): c is SQL => c !== undefined));
  const { limit, offset } = pageWindow(query);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(ports)
      .where(where)
      .orderBy(
        ...orderWithTieBreak(query.order, sortColumns[query.sort], ports.id),
      )
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(ports).where(where),
  ]);
  return { data: rows.map(toPort), total: counted?.total ?? 0 };
}

export async function findPort(
  db: Queryable,
  id: string,
): Promise<Port | null> {
  const [row] = await db.select().from(ports).where(eq(ports.id, id)).limit(1);
  return row ? toPort(row) : null;
}

/** Ports are reference data: brought in line with the bundled list on every start. */
export async function syncReferencePorts(db: Queryable): Promise<void> {
  for (const port of ukPorts) {
    await db
      .insert(ports)
      .values(port)
      .onConflictDoUpdate({ target: ports.id, set: port });
  }
}
