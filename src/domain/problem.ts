// RFC 9457 problem details: the one error shape every API failure uses.
import { z } from "zod";

export const FieldProblemSchema = z.object({
  /** Dotted path of the failing field, e.g. "perPage" or "risk". */
  field: z.string(),
  message: z.string(),
});
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

/** The kinds of problem the API reports; each becomes the `type` URI `urn:portsafe:problem:<kind>`. */
export const problemKinds = {
  validation: "The request has invalid fields",
  unauthenticated: "Sign in required",
  forbidden: "Not allowed for your role",
  not_found: "Not found",
  conflict: "The record has changed",
  already_received: "Already received",
  precondition_required: "If-Match header required",
  invalid_transition: "That move is not allowed",
  idempotency_mismatch: "Idempotency-Key already used for another body",
  rate_limited: "Too many requests",
  too_large: "The request is too large",
  unsupported_media_type: "Unsupported media type",
  internal: "Something went wrong on our side",
} as const;
export type ProblemKind = keyof typeof problemKinds;

export function problemType(kind: ProblemKind): string {
  return `urn:portsafe:problem:${kind}`;
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(FieldProblemSchema).optional(),
    /** On 409: the record as it is now, so the client can show what changed. */
    current: z.unknown().optional(),
    /** On 409 from a workflow command: the moves that are allowed from here. */
    allowed: z.array(z.string()).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof ProblemSchema>;

export function makeProblem(
  status: number,
  kind: ProblemKind,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: problemType(kind),
    title: problemKinds[kind],
    status,
    detail,
    ...extra,
  };
}

/** ETags carry the record version: `"7"`. Returns null for a malformed or weak tag. */
export function parseIfMatch(header: string | undefined): number | null {
  const match = header?.trim().match(/^"(\d+)"$/);
  return match ? Number(match[1]) : null;
}

export function etagFor(version: number): string {
  return `"${version}"`;
}
