// A route whose checks run in the server's order: the caller's access, the JSON body, the id in
// the address, the body against the contract, then the handler. A ProblemError the handler throws
// becomes problem+json, so handlers can stop at a check the way the server's repositories do.
import { http, type HttpHandler } from "msw";
import type { z } from "zod";
import type { CurrentUser } from "../../src/domain";
import type { MockDb } from "../mockDb";
import { readJsonBody } from "./jsonBody";
import {
  ProblemError,
  problemResponse,
  signInRequired,
  validationProblem,
} from "./problems";

export interface CheckedRequest<Params, Body> {
  params: Params;
  body: Body;
  request: Request;
  user: CurrentUser;
}

export interface CheckedRoute<Params, Body> {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Starts with the "*" host wildcard, as every mock path does. */
  path: string;
  /** 401/403 when the caller may not do this; null to go ahead. */
  deny: () => Response | null;
  /** Checks the address (e.g. that the id is a uuid); omit for paths without parameters. */
  params?: z.ZodType<Params>;
  /** The contract's body schema; omit for commands that take no body, whose body is not read. */
  body?: z.ZodType<Body>;
  handle: (input: CheckedRequest<Params, Body>) => Response | Promise<Response>;
}

export function checkedHandler<Params, Body>(
  db: MockDb,
  route: CheckedRoute<Params, Body>,
): HttpHandler {
  return http[route.method](route.path, async ({ request, params }) => {
    const denied = route.deny();
    if (denied) return denied;
    const user = db.currentUser;
    if (!user) return problemResponse(signInRequired());
    // Fastify parses the JSON before it validates anything, so bad JSON is reported first.
    let rawBody: unknown;
    if (route.body) {
      const read = await readJsonBody(request);
      if (!read.ok) return read.response;
      rawBody = read.value;
    }
    const address = route.params?.safeParse(params);
    if (address && !address.success) {
      return problemResponse(validationProblem("params", address.error));
    }
    const body = route.body?.safeParse(rawBody);
    if (body && !body.success) {
      return problemResponse(validationProblem("body", body.error));
    }
    try {
      return await route.handle({
        // Without a schema there is nothing to pass on: the route declared no params or body.
        params: address?.data as Params,
        body: body?.data as Body,
        request,
        user,
      });
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem);
      throw error;
    }
  });
}
