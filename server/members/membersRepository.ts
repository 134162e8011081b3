// Reads of the member register with each member's review state. The review columns are computed
// in SQL (membersReviewSql.ts) so filters, order and totals are the database's, then the stored
// columns are fetched by id.
import { inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  londonDate,
  type ListResponse,
  type Member,
  type MemberExportQuery,
  type MemberListQuery,
  type MemberSortField,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import { anyOf, orderWithTieBreak, pageWindow } from "../db/listQuery";
import { queryRows } from "../db/rawQuery";
import { members, ports } from "../db/schema";
import { problem } from "../http/problems";
import {
  memberReviewJoins,
  memberReviewSelect,
  reviewColumn,
  type MemberReviewRow,
  type ReviewClock,
} from "./membersReviewSql";
import { getReviewCycleYears } from "../assessments/psemsRepository";
import { containsPattern } from "../db/likePattern";

type MemberRow = typeof members.$inferSelect;

export function toMember(
  row: MemberRow,
  review: Omit<MemberReviewRow, "id">,
): Member {
  return {
    ...row,
    type: row.type as Member["type"],
    status: row.status as Member["status"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastAssessedOn: review.lastAssessedOn,
    nextReviewDue: review.nextReviewDue,
    reviewTrigger: review.reviewTrigger,
    reviewWarning: review.reviewWarning,
    assessmentState: review.assessmentState,
  };
}

export async function reviewClock(
  db: Queryable,
  now: Date,
): Promise<ReviewClock> {
  return {
    today: londonDate(now),
    reviewCycleYears: await getReviewCycleYears(db),
  };
}

const sortColumns: Record<MemberSortField, SQL | AnyPgColumn> = {
  name: members.name,
  joinedOn: members.joinedOn,
  type: members.type,
  status: members.status,
  portId: members.portId,
  nextReviewDue: reviewColumn.nextReviewDue,
  lastAssessedOn: reviewColumn.lastAssessedOn,
};

const portsWhere = (condition: SQL) =>
  sql`${members.portId} in (select ${ports.id} from ${ports} where ${condition})`;

function memberFilters(query: Omit<MemberExportQuery, "sort" | "order">): SQL {
  const conditions: (SQL | undefined)[] = [
    query.status && anyOf(members.status, query.status),
    query.type && anyOf(members.type, query.type),
    query.portId && anyOf(members.portId, query.portId),
    query.nation && portsWhere(anyOf(ports.nation, query.nation)),
    query.force && portsWhere(anyOf(ports.territorialPoliceForce, query.force)),
    query.tier && portsWhere(anyOf(ports.tier, query.tier)),
    query.assessmentState &&
      sql`${reviewColumn.assessmentState} in ${query.assessmentState}`,
    query.q
      ? sql`${members.name} ilike ${containsPattern(query.q)}`
      : undefined,
  ];
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length > 0 ? sql.join(present, sql` and `) : sql`true`;
}

/** Stored rows for these review rows, in the same order. */
async function withStoredColumns(
  db: Queryable,
  reviews: MemberReviewRow[],
): Promise<Member[]> {
  if (reviews.length === 0) return [];
  const rows = await db
    .select()
    .from(members)
    .where(
      inArray(
        members.id,
        reviews.map((r) => r.id),
      ),
    );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return reviews.map(({ id, ...review }) => toMember(byId.get(id)!, review));
}

interface MemberWindow {
  where: SQL;
  orderBy: SQL[];
  limit: number | null;
  offset: number;
}

async function selectMembers(
  db: Queryable,
  clock: ReviewClock,
  window: MemberWindow,
): Promise<Member[]> {
  const limit =
    window.limit === null
      ? sql``
      : sql`limit ${window.limit} offset ${window.offset}`;
  const reviews = await queryRows<MemberReviewRow>(
    db,
    sql`select ${memberReviewSelect} from ${members} ${memberReviewJoins(clock)}
        where ${window.where} order by ${sql.join(window.orderBy, sql`, `)} ${limit}`,
  );
  return withStoredColumns(db, reviews);
}

export interface SortChoice {
  sort: MemberSortField;
  order: "asc" | "desc";
}

export async function listMembers(
  db: Queryable,
  query: MemberListQuery,
  sort: SortChoice,
  now = new Date(),
): Promise<ListResponse<Member>> {
  const clock = await reviewClock(db, now);
  const where = memberFilters(query);
  const { limit, offset } = pageWindow(query);
  const [data, [counted]] = await Promise.all([
    selectMembers(db, clock, {
      where,
      orderBy: orderWithTieBreak(
        sort.order,
        sortColumns[sort.sort],
        members.id,
      ),
      limit,
      offset,
    }),
    queryRows<{ total: number }>(
      db,
      // The review joins cost a lookup per member: only count through them when filtering by state.
      sql`select count(*)::int as total from ${members} ${query.assessmentState ? memberReviewJoins(clock) : sql``} where ${where}`,
    ),
  ]);
  return { data, total: counted?.total ?? 0 };
}

/** Every member the filters match, for the CSV export (the register is hundreds, not millions). */
export async function exportMembers(
  db: Queryable,
  query: MemberExportQuery,
  sort: SortChoice,
  now = new Date(),
): Promise<Member[]> {
  const clock = await reviewClock(db, now);
  return selectMembers(db, clock, {
    where: memberFilters(query),
    orderBy: orderWithTieBreak(sort.order, sortColumns[sort.sort], members.id),
    limit: null,
    offset: 0,
  });
}

export async function findMember(
  db: Queryable,
  id: string,
  now = new Date(),
): Promise<Member | null> {
  const clock = await reviewClock(db, now);
  const [member] = await selectMembers(db, clock, {
    where: sql`${members.id} = ${id}`,
    orderBy: [sql`${members.id}`],
    limit: 1,
    offset: 0,
  });
  return member ?? null;
}

export function memberNotFound(id: string) {
  return problem(
    404,
    "not_found",
    `There is no member with id ${id}; it may have been mistyped.`,
  );
}
