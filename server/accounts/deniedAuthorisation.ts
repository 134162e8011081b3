// A refusal that depends on who the record is about, not on the caller's role (their own roles, a
// grant they asked for): audited as a failed authorisation like the access check's 403s.
import type { FastifyRequest } from "fastify";
import { recordAudit } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { problem, type ProblemError } from "../http/problems";

export async function deniedAuthorisation(
  db: Database,
  request: FastifyRequest,
  detail: string,
  audited: Record<string, unknown>,
): Promise<ProblemError> {
  await recordAudit(db, request, {
    action: "auth.denied",
    detail: {
      method: request.method,
      route: request.routeOptions.url,
      ...audited,
    },
  });
  return problem(403, "forbidden", detail);
}
