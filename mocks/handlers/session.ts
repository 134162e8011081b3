// GET /api/auth/session (server/routes/auth.ts): the session's timeouts. Reachable during sign-in
// like the server's; the mock keeps no idle clock of its own, the app's countdown is what is tested.
import { http, type HttpHandler } from "msw";
import { SessionInfoSchema } from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessSignedIn } from "./access";
import { contractResponse } from "./contractResponse";

/** The server's defaults: SESSION_IDLE_MINUTES=15 and the 12-hour absolute timeout. */
export const mockSessionInfo = {
  idleTimeoutSeconds: 15 * 60,
  absoluteTimeoutSeconds: 12 * 60 * 60,
};

export function sessionHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get(
      "*/api/auth/session",
      () =>
        denyUnlessSignedIn(db, { duringSignIn: true }) ??
        contractResponse(SessionInfoSchema, mockSessionInfo),
    ),
  ];
}
