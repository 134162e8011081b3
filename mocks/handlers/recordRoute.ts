// GET /api/<resource>/:id: the record, with its version as the ETag when it has one.
import { http, type HttpHandler } from "msw";
import { z } from "zod";
import { etagFor, type Problem } from "../../src/domain";
import { contractResponse } from "./contractResponse";
import { problemResponse, validationProblem } from "./problems";

export interface RecordRoute<Row extends { id: string }> {
  path: string;
  /** Checks the id in the address before looking it up, as the server's params schema does. */
  idSchema: z.ZodType<string>;
  notFound: (id: string) => Problem;
  itemSchema: z.ZodType<Row>;
  deny: () => Response | null;
  rows: () => readonly Row[];
}

export function recordHandler<Row extends { id: string; version?: number }>(
  route: RecordRoute<Row>,
): HttpHandler {
  return http.get(route.path, ({ params }) => {
    const denied = route.deny();
    if (denied) return denied;
    const parsed = idParams(route.idSchema).safeParse(params);
    if (!parsed.success) {
      return problemResponse(validationProblem("params", parsed.error));
    }
    const { id } = parsed.data;
    const row = route.rows().find((candidate) => candidate.id === id);
    if (!row) return problemResponse(route.notFound(id));
    const headers =
      row.version === undefined ? undefined : { ETag: etagFor(row.version) };
    return contractResponse(route.itemSchema, row, { headers });
  });
}

export function idParams(idSchema: z.ZodType<string>) {
  return z.object({ id: idSchema });
}
