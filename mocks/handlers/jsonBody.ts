// Reads a request body as JSON, answering 400 when it is not.
import { invalidJson, problemResponse } from "./problems";

export type JsonBody =
  { ok: true; value: unknown } | { ok: false; response: Response };

export async function readJsonBody(request: Request): Promise<JsonBody> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: problemResponse(invalidJson()) };
  }
}
