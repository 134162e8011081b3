// Every msw handler, one module per API resource, all over one mock db. The browser demo, the
// component tests and the contract test all use this one set.
import type { HttpHandler } from "msw";
import type { MockDb } from "../mockDb";
import { assessmentHandlers } from "./assessments";
import { authHandlers } from "./auth";
import { healthHandlers } from "./health";
import { memberHandlers } from "./members";
import { referenceHandlers } from "./reference";
import { reportHandlers } from "./reports";
import { userHandlers } from "./users";

export function createHandlers(db: MockDb): HttpHandler[] {
  return [
    ...healthHandlers(),
    ...authHandlers(db),
    ...reportHandlers(db),
    ...referenceHandlers(db),
    ...memberHandlers(db),
    ...assessmentHandlers(db),
    ...userHandlers(db),
  ];
}
