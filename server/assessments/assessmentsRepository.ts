// Reads of PSeMS assessments. Every query is index-backed (see the indexes in db/schema.ts).
import { and, eq, lt, type SQL } from "drizzle-orm";
import type {
  Assessment,
  AssessmentListQuery,
  ListResponse,
} from "../../src/domain";
import type { Queryable } from "../db/connect";
import {
  anyOf,
  countAll,
  orderWithTieBreak,
  pageWindow,
} from "../db/listQuery";
import { assessments } from "../db/schema";
import { problem } from "../http/problems";

type AssessmentRow = typeof assessments.$inferSelect;

export function toAssessment(row: AssessmentRow): Assessment {
  return {
    ...row,
    kind: row.kind as Assessment["kind"],
    status: row.status as Assessment["status"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const sortColumns = {
  dueOn: assessments.dueOn,
  startedOn: assessments.startedOn,
  completedOn: assessments.completedOn,
  kind: assessments.kind,
  status: assessments.status,
  step: assessments.step,
} as const;

export async function listAssessments(
  db: Queryable,
  query: AssessmentListQuery,
): Promise<ListResponse<Assessment>> {
  const conditions: (SQL | undefined)[] = [
    query.memberId && anyOf(assessments.memberId, query.memberId),
    query.kind && anyOf(assessments.kind, query.kind),
    query.status && anyOf(assessments.status, query.status),
    query.step && anyOf(assessments.step, query.step),
    query.dueBefore ? lt(assessments.dueOn, query.dueBefore) : undefined,
  ];
  const where = and(...conditions.filter((c): c is SQL => c !== undefined));
  const { limit, offset } = pageWindow(query);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(assessments)
      .where(where)
      .orderBy(
        ...orderWithTieBreak(
          query.order,
          sortColumns[query.sort],
          assessments.id,
        ),
      )
      .limit(limit)
      .offset(offset),
    db.select({ total: countAll }).from(assessments).where(where),
  ]);
  return { data: rows.map(toAssessment), total: counted?.total ?? 0 };
}

export async function findAssessment(
  db: Queryable,
  id: string,
): Promise<Assessment | null> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(eq(assessments.id, id))
    .limit(1);
  return row ? toAssessment(row) : null;
}

export function assessmentNotFound(id: string) {
  return problem(
    404,
    "not_found",
    `There is no assessment with id ${id}; it may have been mistyped.`,
  );
}
