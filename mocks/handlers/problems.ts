// Problem responses worded as the real server words them (server/problems.ts, server/plugins/
// access.ts), so a client behaves the same against the mock and the API.
import { HttpResponse } from "msw";
import type { z } from "zod";
import {
  makeProblem,
  type FieldProblem,
  type Problem,
  type ProblemKind,
} from "../../src/domain";

export const problemContentType = "application/problem+json";

/**
 * Thrown by a mock command for an expected failure, as the server's ProblemError is, so a write
 * can stop at the same check the server stops at and roll back (see MockDb.transaction).
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export function fail(
  status: number,
  kind: ProblemKind,
  detail: string,
  extra: Partial<Problem> = {},
): never {
  throw new ProblemError(makeProblem(status, kind, detail, extra));
}

/** A 400 naming one field, with the message as the field's and (optionally prefixed) the detail. */
export function failField(
  field: string,
  message: string,
  detail = message,
): never {
  return fail(400, "validation", detail, { errors: [{ field, message }] });
}

/** Typed as a plain Response so one resolver may answer with a problem or a record. */
export function problemResponse(problem: Problem): Response {
  return HttpResponse.json(problem, {
    status: problem.status,
    headers: { "Content-Type": problemContentType },
  });
}

export const signInRequired = (): Problem =>
  makeProblem(
    401,
    "unauthenticated",
    "Sign in to use PortSafe Desk; your session may have timed out.",
  );

export const roleNotAllowed = (): Problem =>
  makeProblem(
    403,
    "forbidden",
    "Your role does not give access to this; ask an administrator if you need it.",
  );

export const notFound = (noun: string, id: string): Problem =>
  makeProblem(404, "not_found", `There is no ${noun} with id ${id}.`);

/** Reports get a hint, since their ids are most often pasted from elsewhere. */
export const reportNotFound = (id: string): Problem =>
  makeProblem(
    404,
    "not_found",
    `There is no report with id ${id}; it may have been mistyped.`,
  );

export const invalidJson = (): Problem =>
  makeProblem(
    400,
    "validation",
    "The body is not valid JSON; send a JSON object.",
  );

type Issue = z.core.$ZodIssue;

/**
 * One field problem per failing field. An unknown key is named so the caller can remove it; a
 * one-or-many filter reports the branch that got furthest rather than zod's bare "Invalid input".
 */
export function fieldProblems(
  issues: readonly Issue[],
  prefix: readonly PropertyKey[] = [],
): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const path = [...prefix, ...issue.path].map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: [...path, key].join("."),
        message: `${key} is not a field this request accepts; remove it`,
      }));
    }
    if (issue.code === "invalid_union") {
      const deepest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      if (deepest?.length) return fieldProblems(deepest.slice(0, 1), path);
    }
    return [{ field: path.join(".") || "(request)", message: issue.message }];
  });
}

function depth(branch: readonly Issue[]): number {
  return Math.max(0, ...branch.map((issue) => issue.path.length));
}

export function validationProblem(
  where: "query" | "body" | "params",
  error: z.ZodError,
): Problem {
  const errors = fieldProblems(error.issues);
  const count = errors.length === 1 ? "a problem" : `${errors.length} problems`;
  const detail = `The ${where} has ${count}: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`;
  return makeProblem(400, "validation", detail, { errors });
}
