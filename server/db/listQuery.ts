// Shared pieces of the list endpoints: paging, ordering with a stable tie-breaker, counting.
import { asc, desc, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

export interface PageRequest {
  page: number;
  perPage: number;
  order: "asc" | "desc";
}

export function pageWindow({ page, perPage }: PageRequest): {
  limit: number;
  offset: number;
} {
  return { limit: perPage, offset: (page - 1) * perPage };
}

/**
 * ORDER BY the chosen column with empty values last in either direction, then the id so pages
 * never overlap or skip rows.
 */
export function orderWithTieBreak(
  order: "asc" | "desc",
  column: AnyPgColumn | SQL,
  id: AnyPgColumn,
): SQL[] {
  const direction = order === "asc" ? asc : desc;
  return [sql`${column} ${sql.raw(order)} nulls last`, direction(id)];
}

export const countAll = sql<number>`count(*)::int`;

/** `column = any($values)` for a one-or-many filter. */
export function anyOf(
  column: AnyPgColumn,
  values: readonly (string | number)[],
): SQL {
  return sql`${column} in ${values}`;
}
