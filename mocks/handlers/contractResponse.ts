// Every body the mock sends is checked against the contract while developing, so the mock can
// never drift from what the server promises. A list is checked page by page, which is cheap.
import { HttpResponse, type JsonBodyType } from "msw";
import { z } from "zod";
import { makeProblem } from "../../src/domain";
import { problemResponse } from "./problems";

// Absent outside Vite (e.g. plain Node), where checking is the safer default.
const checkResponses: boolean = import.meta.env?.DEV ?? true;

export function contractResponse<T>(
  schema: z.ZodType<T>,
  body: T,
  init?: ResponseInit,
): Response {
  if (checkResponses) {
    const result = schema.safeParse(body);
    if (!result.success) {
      console.error(
        `msw mock response does not match the contract:\n${z.prettifyError(result.error)}`,
      );
      return problemResponse(
        makeProblem(
          500,
          "internal",
          "The mock produced a response that does not match the contract; see the console.",
        ),
      );
    }
  }
  return HttpResponse.json(body as JsonBodyType, init);
}
