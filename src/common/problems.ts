// Reading the API's problem+json errors (DESIGN.md §4) as the app receives them from http.ts.
import { HttpError } from "react-admin";
import { problemType } from "../domain";
import type { ProblemErrorBody } from "../providers/http";

function problemBody(error: unknown): ProblemErrorBody | null {
  if (!(error instanceof HttpError)) return null;
  return (error.body as ProblemErrorBody | null) ?? null;
}

/**
 * On a stale version the API answers 409 with the record as it is now: returns it, or null for
 * any other error (including a 409 that is a refused workflow move, which carries no record).
 */
export function conflictCurrent<T>(error: unknown): T | null {
  const body = problemBody(error);
  if (!body || body.type !== problemType("conflict")) return null;
  return (body.current as T | undefined) ?? null;
}

/** Field problems keyed by field, ready to hand back to a react-admin form. */
export function fieldErrors(error: unknown): Record<string, unknown> | null {
  return problemBody(error)?.errors ?? null;
}

/** The sentence to show a person: the API's `detail`, or the error's own message. */
export function problemMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "ra.notification.http_error";
}
