// The security endpoints in one place for index.ts: the session's timeouts, the second factor,
// accounts and the audit log.
import type { HttpHandler } from "msw";
import type { MockDb } from "../mockDb";
import { accountHandlers } from "./accounts";
import { auditHandlers } from "./audit";
import { mfaHandlers } from "./mfa";
import { sessionHandlers } from "./session";

export function securityHandlers(db: MockDb): HttpHandler[] {
  return [
    ...sessionHandlers(db),
    ...mfaHandlers(db),
    ...accountHandlers(db),
    ...auditHandlers(db),
  ];
}
