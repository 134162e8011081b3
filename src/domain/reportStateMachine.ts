// The report workflow as a pure function: the server enforces it, the app uses it to offer
// only the moves that will succeed. Every move names who may make it and whether it needs a reason.
import type { ClosureReason, ReportStatus, RiskLevel, Role } from "./enums";

export interface TransitionRule {
  from: ReportStatus;
  to: ReportStatus;
  /** A short verb for the button and the timeline. */
  action: string;
  reasonRequired: boolean;
}

/** Only the police desk moves reports through triage. */
const triageRoles: readonly Role[] = ["desk"];

export const reportTransitions: readonly TransitionRule[] = [
  { from: "new", to: "triage", action: "Start triage", reasonRequired: false },
  { from: "new", to: "closed", action: "Close", reasonRequired: true },
  {
    from: "triage",
    to: "actioned",
    action: "Mark actioned",
    reasonRequired: false,
  },
  {
    from: "triage",
    to: "on_hold",
    action: "Put on hold",
    reasonRequired: true,
  },
  { from: "triage", to: "closed", action: "Close", reasonRequired: true },
  {
    from: "on_hold",
    to: "triage",
    action: "Resume triage",
    reasonRequired: false,
  },
  { from: "on_hold", to: "closed", action: "Close", reasonRequired: true },
  {
    from: "actioned",
    to: "on_hold",
    action: "Put on hold",
    reasonRequired: true,
  },
  {
    from: "actioned",
    to: "triage",
    action: "Return to triage",
    reasonRequired: true,
  },
  { from: "actioned", to: "closed", action: "Close", reasonRequired: true },
  { from: "closed", to: "triage", action: "Reopen", reasonRequired: true },
];

export interface ReportWorkflowState {
  status: ReportStatus;
  risk: RiskLevel | null;
}

export interface TransitionRequest {
  to: ReportStatus;
  reason?: string | null;
  closureReason?: ClosureReason | null;
}

export type TransitionOutcome =
  | { ok: true; rule: TransitionRule }
  | {
      ok: false;
      /** forbidden: the role may not do this; invalid: not allowed from here; incomplete: missing input. */
      kind: "forbidden" | "invalid" | "incomplete";
      message: string;
      allowed: ReportStatus[];
      /** For "incomplete": the input to fix. */
      field?: "reason" | "closureReason" | "risk";
    };

/** The statuses a report may move to from its current status. */
export function allowedTransitions(from: ReportStatus): ReportStatus[] {
  return reportTransitions.filter((t) => t.from === from).map((t) => t.to);
}

export function canTransition(roles: readonly Role[]): boolean {
  return roles.some((r) => triageRoles.includes(r));
}

/**
 * Decides whether `request` may be applied to a report in `state` by a user with `roles`.
 * The order of checks matters: permission first (never reveal workflow to the wrong role),
 * then the move itself, then the inputs the move needs.
 */
export function checkTransition(
  state: ReportWorkflowState,
  request: TransitionRequest,
  roles: readonly Role[],
): TransitionOutcome {
  const allowed = allowedTransitions(state.status);
  if (!canTransition(roles)) {
    return {
      ok: false,
      kind: "forbidden",
      message: "only the police desk can move reports through triage",
      allowed,
    };
  }
  const rule = reportTransitions.find(
    (t) => t.from === state.status && t.to === request.to,
  );
  if (!rule) {
    const list = allowed.length ? allowed.join(", ") : "none";
    return {
      ok: false,
      kind: "invalid",
      message: `a report that is ${state.status} cannot move to ${request.to}; allowed: ${list}`,
      allowed,
    };
  }
  if (rule.reasonRequired && !request.reason?.trim()) {
    return {
      ok: false,
      kind: "incomplete",
      message: `give a reason to ${rule.action.toLowerCase()}`,
      allowed,
      field: "reason",
    };
  }
  if (request.to === "closed" && !request.closureReason) {
    return {
      ok: false,
      kind: "incomplete",
      message: "choose a closure reason",
      allowed,
      field: "closureReason",
    };
  }
  if (request.to !== "closed" && request.closureReason) {
    return {
      ok: false,
      kind: "incomplete",
      message: "a closure reason is only given when closing",
      allowed,
      field: "closureReason",
    };
  }
  if (request.to === "actioned" && state.risk === null) {
    return {
      ok: false,
      kind: "incomplete",
      message: "assess the risk before marking the report actioned",
      allowed,
      field: "risk",
    };
  }
  return { ok: true, rule };
}
