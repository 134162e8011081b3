// GET /api/health: the mock stands in for the embedded-database server.
import { http, type HttpHandler } from "msw";
import { HealthSchema } from "../../src/domain";
import { contractResponse } from "./contractResponse";

export function healthHandlers(): HttpHandler[] {
  return [
    http.get("*/api/health", () =>
      contractResponse(HealthSchema, { status: "ok", database: "pglite" }),
    ),
  ];
}
