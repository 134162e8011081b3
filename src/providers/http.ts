// The one place the app talks HTTP to the PortSafe API: absolute URLs, the session cookie,
// and RFC 9457 problems turned into errors react-admin knows how to show.
import { HttpError } from "react-admin";
import { z } from "zod";
import {
  ProblemSchema,
  backgroundRequestHeader,
  type FieldProblem,
  type Problem,
} from "../domain";
import { noteApiRequest } from "./apiActivity";

/**
 * Builds an absolute URL under /api on the page's own origin. Absolute because node's fetch
 * (used by the component tests) rejects relative URLs; same-origin because the session cookie
 * is SameSite=Strict and never leaves this host.
 */
export function apiUrl(path: string, query?: URLSearchParams): string {
  const url = new URL(`/api${path}`, window.location.origin);
  const search = query?.toString();
  if (search) url.search = search;
  return url.toString();
}

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  json: T;
}

export interface ApiRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: URLSearchParams;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * A request the app makes on its own (polling, a presence heartbeat) rather than because the
   * person did something. It does not restart the idle clock, so an unattended screen still
   * signs out (DESIGN.md §7, WCAG 2.2.1).
   */
  background?: boolean;
}

/**
 * What react-admin receives in `HttpError.body`: the problem itself, with its field errors
 * re-keyed as `{ field: message }` so the edit form puts each message next to its input,
 * and `root.serverError` so the form's notification shows the server's `detail`.
 */
export interface ProblemErrorBody extends Omit<Problem, "errors"> {
  errors?: Record<string, unknown>;
}

/** The answer of a command that answers 204 No Content (or nothing the app needs). */
export const NoContentSchema = z.null();

/**
 * Checks answers against the contract in development and tests, so a drift between the server
 * and src/domain fails loudly where it is made. In production the server has already checked
 * every answer against the same schemas (fastify-type-provider-zod's serializer), so parsing
 * again would only cost the officer time.
 */
const checkAnswers = import.meta.env.DEV || import.meta.env.MODE === "test";

function readAnswer<S extends z.ZodType>(
  schema: S,
  json: unknown,
  what: string,
): z.output<S> {
  if (!checkAnswers) return json as z.output<S>;
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new Error(
    `The API's answer to ${what} does not match the contract in src/domain: ${z.prettifyError(parsed.error)}`,
  );
}

/** One request to the API, its answer read as `schema` (the zod contract in src/domain). */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  schema: S,
  request: ApiRequest = {},
): Promise<ApiResponse<z.output<S>>> {
  const response = await sendApiRequest(path, request);
  const text = await response.text();
  const json: unknown = text ? parseJson(text) : null;
  if (!response.ok) throw problemToHttpError(response, json);
  return {
    status: response.status,
    headers: response.headers,
    json: readAnswer(schema, json, `${request.method ?? "GET"} /api${path}`),
  };
}

/** A file the API produces (e.g. a CSV export), as a Blob ready to save. */
export async function apiDownload(
  path: string,
  query?: URLSearchParams,
): Promise<Blob> {
  const response = await sendApiRequest(path, { query });
  if (!response.ok) {
    const text = await response.text();
    throw problemToHttpError(response, text ? parseJson(text) : null);
  }
  return response.blob();
}

async function sendApiRequest(
  path: string,
  request: ApiRequest,
): Promise<Response> {
  const headers = new Headers({
    Accept: "application/json, application/problem+json",
    ...request.headers,
  });
  if (request.body !== undefined)
    headers.set("Content-Type", "application/json");
  // Noted as the request leaves: the server restarts its idle clock when the request arrives.
  // A background request is marked so that the server does not restart it either.
  if (request.background) headers.set(backgroundRequestHeader, "1");
  else noteApiRequest();
  try {
    return await fetch(apiUrl(path, request.query), {
      method: request.method ?? "GET",
      headers,
      body:
        request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: "same-origin",
    });
  } catch {
    throw new HttpError(
      "The PortSafe server cannot be reached. Check your connection and try again.",
      0,
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function problemToHttpError(
  response: Response,
  json: unknown,
): HttpError {
  const parsed = ProblemSchema.safeParse(json);
  if (!parsed.success) {
    // A proxy or gateway answered instead of the API: say so plainly rather than show raw HTML.
    return new HttpError(
      `The PortSafe server answered with an unexpected error (HTTP ${response.status}). Try again, and tell the system administrator if it keeps happening.`,
      response.status,
    );
  }
  const { errors, ...problem } = parsed.data;
  const body: ProblemErrorBody = { ...problem };
  if (errors && errors.length > 0)
    body.errors = fieldErrorsFor(errors, problem.detail);
  return new HttpError(problem.detail, problem.status, body);
}

function fieldErrorsFor(
  errors: readonly FieldProblem[],
  detail: string,
): Record<string, unknown> {
  const byField: Record<string, unknown> = { root: { serverError: detail } };
  for (const { field, message } of errors) {
    // The first message per field is the one the user needs to fix first.
    if (field && byField[field] === undefined) byField[field] = message;
  }
  return byField;
}
