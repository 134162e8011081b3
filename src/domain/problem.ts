// RFC 9457 problem details: the one error shape every API failure uses.
import { z } from "zod";

export const FieldProblemSchema = z.object({
  /** Dotted path of the failing field, e.g. "perPage" or "body.risk". */
  field: z.string(),
  message: z.string(),
});
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

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
