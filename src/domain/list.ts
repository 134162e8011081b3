// The list conventions shared by every resource: page/perPage/sort/order plus filters,
// answered with { data, total }. Unknown query keys are rejected so typos never pass silently.
import { z } from "zod";

export const maxPerPage = 100;

const pageParams = {
  page: z.coerce.number().int().min(1, "page starts at 1").default(1),
  perPage: z.coerce
    .number()
    .int()
    .min(1, "perPage must be at least 1")
    .max(maxPerPage, `perPage must be at most ${maxPerPage}`)
    .default(25),
};

const orderSchema = z.enum(["asc", "desc"], {
  error: 'order must be "asc" or "desc"',
});

/**
 * Builds the query schema of one list endpoint: the paging keys, a `sort` restricted to the
 * given fields, and the resource's own filters. `.strict()` turns an unknown filter into a 400.
 */
export function listQuerySchema<
  const S extends readonly [string, ...string[]],
  F extends z.ZodRawShape,
>(
  sortFields: S,
  defaultSort: S[number],
  filters: F,
  defaultOrder: "asc" | "desc" = "desc",
) {
  return z
    .object({
      ...pageParams,
      order: orderSchema.default(defaultOrder),
      sort: z
        .enum(sortFields, {
          error: `sort must be one of: ${sortFields.join(", ")}`,
        })
        .default(defaultSort as never),
      ...filters,
    })
    .strict();
}

export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), total: z.number().int().min(0) });
}

export interface ListResponse<T> {
  data: T[];
  total: number;
}

/**
 * A filter that may be given once or repeated (`?status=new&status=triage`); `max` caps the
 * repeats where each one costs the server work (ids).
 */
export function oneOrMany<T extends z.ZodType>(
  item: T,
  max?: { count: number; message: string },
) {
  const list = z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])
    // A JSON body can send []: it filters nothing a query string could say, and in SQL it is "in ()".
    .refine(
      (v) => v.length > 0,
      "give at least one value, or leave this filter out",
    );
  // Checked after the union, so the message names the limit rather than "Invalid input".
  return max ? list.refine((v) => v.length <= max.count, max.message) : list;
}
