// Runs the msw handlers for a test file and offers a small client for /api.
import { afterAll, afterEach, beforeAll } from "vitest";
import { ProblemSchema, type Problem } from "../../../src/domain";
import { mockDb, mockServer, resetMockDb } from "../../../mocks/node";

export { mockDb };

export function useMockServer(): void {
  beforeAll(() => mockServer.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    mockServer.resetHandlers();
    resetMockDb();
  });
  afterAll(() => mockServer.close());
}

export function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`http://localhost/api${path}`, init);
}

export function jsonInit(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json", ...headers },
  };
}

/** Asserts the response is a problem+json of the given status and returns it parsed. */
export async function expectProblem(
  response: Response,
  status: number,
): Promise<Problem> {
  if (response.status !== status) {
    throw new Error(
      `expected ${status}, got ${response.status}: ${await response.text()}`,
    );
  }
  if (response.headers.get("Content-Type") !== "application/problem+json") {
    throw new Error(
      `expected application/problem+json, got ${response.headers.get("Content-Type")}`,
    );
  }
  return ProblemSchema.parse(await response.json());
}
