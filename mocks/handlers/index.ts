// Every msw handler, one module per API resource, all over one mock db. The browser demo, the
// component tests and the contract test all use this one set.
import type { HttpHandler } from "msw";
import type { MockDb } from "../mockDb";
import { assessmentHandlers } from "./assessments";
import { authHandlers } from "./auth";
import { healthHandlers } from "./health";
import { intakeHandler } from "./intake";
import { liveHandlers } from "./live";
import { managerHandlers } from "./manager";
import { memberHandlers } from "./members";
import { patternHandlers } from "./patterns";
import { referenceHandlers } from "./reference";
import { referralHandlers } from "./referrals";
import { reportBulkHandler } from "./reportBulk";
import { reportLinkHandlers } from "./reportLinks";
import { reportHandlers } from "./reports";
import { reportTimelineHandlers } from "./reportTimeline";
import { reportWorkflowHandlers } from "./reportWorkflow";
import { securityHandlers } from "./security";
import { settingsHandlers } from "./settings";
import { statsHandlers } from "./stats";
import { statsExportHandlers } from "./statsExport";
import { userHandlers } from "./users";

export function createHandlers(db: MockDb): HttpHandler[] {
  return [
    ...healthHandlers(),
    ...authHandlers(db),
    ...securityHandlers(db),
    ...liveHandlers(db),
    // Before reportHandlers: msw takes the first match, and GET /api/reports/:id would otherwise
    // answer /api/reports/queues with "not a valid id".
    ...reportWorkflowHandlers(db),
    ...reportTimelineHandlers(db),
    ...reportLinkHandlers(db),
    reportBulkHandler(db),
    intakeHandler(db),
    ...reportHandlers(db),
    ...referralHandlers(db),
    ...settingsHandlers(db),
    ...referenceHandlers(db),
    ...managerHandlers(db),
    ...memberHandlers(db),
    ...assessmentHandlers(db),
    ...userHandlers(db),
    ...statsHandlers(db),
    ...statsExportHandlers(db),
    ...patternHandlers(db),
  ];
}
