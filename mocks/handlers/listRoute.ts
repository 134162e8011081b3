// The list convention shared by every resource: parse the query with the contract's schema
// (a repeated key is an array), filter, sort with nulls last and the id as tie-breaker, page.
import { http, type HttpHandler } from "msw";
import { listResponseSchema } from "../../src/domain";
import type { z } from "zod";
import { contractResponse } from "./contractResponse";
import { problemResponse, validationProblem } from "./problems";

export interface PagedQuery {
  page: number;
  perPage: number;
  sort: string;
  order: "asc" | "desc";
}

export type SortValue = string | number | null;

export interface ListRoute<
  Row extends { id: string },
  Query extends PagedQuery,
> {
  /** Starts with the "*" host wildcard: node's fetch needs absolute URLs, so any host matches. */
  path: string;
  querySchema: z.ZodType<Query>;
  itemSchema: z.ZodType<Row>;
  /** 401/403 when the caller may not list; null to go ahead. */
  deny: () => Response | null;
  rows: () => readonly Row[];
  matches: (row: Row, query: Query) => boolean;
  sortValue: (row: Row, field: Query["sort"]) => SortValue;
}

export function listHandler<
  Row extends { id: string },
  Query extends PagedQuery,
>(route: ListRoute<Row, Query>): HttpHandler {
  const responseSchema = listResponseSchema(route.itemSchema);
  return http.get(route.path, ({ request }) => {
    const denied = route.deny();
    if (denied) return denied;
    const parsed = route.querySchema.safeParse(
      queryObject(new URL(request.url).searchParams),
    );
    if (!parsed.success)
      return problemResponse(validationProblem("query", parsed.error));
    const query = parsed.data;
    const matching = route.rows().filter((row) => route.matches(row, query));
    matching.sort(
      compareBy((row) => route.sortValue(row, query.sort), query.order),
    );
    const start = (query.page - 1) * query.perPage;
    const data = matching.slice(start, start + query.perPage);
    return contractResponse(responseSchema, { data, total: matching.length });
  });
}

/** `?status=new&status=triage` becomes `{ status: ["new", "triage"] }`. */
export function queryObject(
  params: URLSearchParams,
): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}

/** Code-unit order for strings (like PostgreSQL's "C" collation); nulls last in both orders. */
export function compareBy<Row extends { id: string }>(
  valueOf: (row: Row) => SortValue,
  order: "asc" | "desc",
): (a: Row, b: Row) => number {
  const direction = order === "asc" ? 1 : -1;
  return (a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    return direction * (compareValues(x, y) || compareValues(a.id, b.id));
  };
}

function compareValues(x: SortValue, y: SortValue): number {
  if (x === null || y === null || x === y) return 0;
  return x < y ? -1 : 1;
}

/** For "any of" filters: true when the filter is absent or includes the value. */
export function anyOf<T>(wanted: readonly T[] | undefined, value: T): boolean {
  return wanted === undefined || wanted.includes(value);
}

export function containsText(
  haystacks: readonly string[],
  needle: string | undefined,
): boolean {
  if (needle === undefined) return true;
  const lower = needle.toLowerCase();
  return haystacks.some((text) => text.toLowerCase().includes(lower));
}
