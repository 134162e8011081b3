// Turns every failure into RFC 9457 problem+json with a detail a person can act on.
// Nothing internal (stack traces, SQL, driver messages) ever reaches the client.
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from "fastify-type-provider-zod";
import {
  makeProblem,
  type FieldProblem,
  type Problem,
  type ProblemKind,
} from "../../src/domain";

/** Thrown by handlers and repositories for an expected, user-facing failure. */
export class ProblemError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail);
  }
}

export function problem(
  status: number,
  kind: ProblemKind,
  detail: string,
  extra: Partial<Problem> = {},
): ProblemError {
  return new ProblemError(makeProblem(status, kind, detail, extra));
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type("application/problem+json").send(p);
}

/** The shape fastify-type-provider-zod gives each zod issue. */
interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: { keys?: string[] };
}

/** Flattens validation issues into field problems; an unknown key is named so it can be removed. */
function fieldProblems(issues: ValidationIssue[]): FieldProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, "").replace(/\//g, ".");
    if (issue.keyword === "unrecognized_keys" && issue.params.keys) {
      return issue.params.keys.map((key) => ({
        field: path ? `${path}.${key}` : key,
        message: `${key} is not a field this request accepts; remove it`,
      }));
    }
    return [
      { field: path || "(request)", message: issue.message ?? "is not valid" },
    ];
  });
}

/** What the router's own errors mean for the person who followed the link. */
const frameworkErrorDetails: Record<string, string> = {
  FST_ERR_BAD_URL:
    "The address is not valid: a % in it must begin an escape such as %20. Check the link, or encode the id in it.",
  FST_ERR_MAX_PARAM_LENGTH:
    "A part of the address is too long to be an id (at most 100 characters). Check the link.",
};

/**
 * Fastify's `frameworkErrors`: the router rejects some addresses (a malformed %-escape, an
 * over-long id) before any route, hook or error handler runs; they are problem+json as well.
 */
export function sendFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const detail = error.code ? frameworkErrorDetails[error.code] : undefined;
  const status = error.statusCode ?? 500;
  if (detail && status >= 400 && status < 500) {
    sendProblem(reply, makeProblem(status, "validation", detail));
    return;
  }
  request.log.error(
    { err: { message: error.message, code: error.code } },
    "router error",
  );
  sendProblem(
    reply,
    makeProblem(
      500,
      "internal",
      "Something went wrong on our side; the error has been logged.",
    ),
  );
}

/** The kind (and so the title) of one of Fastify's own client errors. */
function clientErrorKind(status: number): ProblemKind {
  if (status === 413) return "too_large";
  if (status === 415) return "unsupported_media_type";
  return "validation";
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, error.problem);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldProblems(
        error.validation as unknown as ValidationIssue[],
      );
      const where =
        error.validationContext === "querystring"
          ? "query"
          : (error.validationContext ?? "request");
      const detail =
        `The ${where} has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}: ` +
        errors.map((e) => `${e.field}: ${e.message}`).join("; ");
      return sendProblem(
        reply,
        makeProblem(400, "validation", detail, { errors }),
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error(
        { url: request.url, issues: error.cause.issues },
        "response does not match its schema",
      );
      return sendProblem(
        reply,
        makeProblem(
          500,
          "internal",
          "The server produced an invalid response; the error has been logged.",
        ),
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return sendProblem(
        reply,
        makeProblem(
          429,
          "rate_limited",
          "Too many requests; wait a moment and try again.",
        ),
      );
    }
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, wrong content type, body too large) have safe messages.
      return sendProblem(
        reply,
        makeProblem(status, clientErrorKind(status), error.message),
      );
    }
    // Log the message, not the object: PGlite errors carry huge minified source lines.
    request.log.error(
      { err: { message: error.message, code: error.code } },
      "unhandled error",
    );
    return sendProblem(
      reply,
      makeProblem(
        500,
        "internal",
        "Something went wrong on our side; the error has been logged.",
      ),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    sendProblem(
      reply,
      makeProblem(
        404,
        "not_found",
        `There is no ${request.method} ${request.url.split("?")[0]} in this API.`,
      ),
    );
  });
}
