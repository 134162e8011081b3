// react-admin validators from the contract's zod schemas, so a form says exactly what the API
// would say (in the schema's own words) before anything is sent.
import type { Validator } from "react-admin";
import type { z } from "zod";

/** `empty` is what an untouched input holds, so "required" reads as the schema words it. */
export function validateWith(
  schema: z.ZodType,
  empty: unknown = "",
): Validator {
  return (value: unknown) => {
    const result = schema.safeParse(value ?? empty);
    return result.success ? undefined : result.error.issues[0]?.message;
  };
}
