// react-admin's AuthProvider over the cookie session of the PortSafe API (DESIGN.md §4, §7).
// The signed-in user is cached in memory only: nothing about the session is written to storage.
// Signing in takes two steps outside demo mode (password, then the authenticator app), so
// login() rejects with SecondFactorRequired until the second is done.
import type { AuthProvider } from "react-admin";
import {
  isAllowed,
  permissions,
  resourceActions,
  type ApiResource,
  type CurrentUser,
  type LoginRequest,
  type ResourceAction,
  type Role,
  type SessionInfo,
} from "../domain";
import {
  confirmAuthenticatorEnrolment,
  endServerSession,
  fetchSessionInfo,
  fetchSignedInUser,
  startAuthenticatorEnrolment,
  submitPassword,
  submitSecondFactorCode,
  type MfaEnrolment,
} from "./signInRequests";

const apiResources = Object.keys(permissions) as ApiResource[];

/** Everyone signed in may look up colleagues' names (e.g. a report's assignee). */
const readableByEveryone = new Set(["users"]);

/**
 * What react-admin may show a user with these roles. The server enforces the same table on
 * every request; this only hides what would fail.
 */
export function canRolesAccess(
  roles: readonly Role[],
  resource: string,
  action: string,
): boolean {
  if (readableByEveryone.has(resource))
    return action === "list" || action === "show";
  const apiResource = apiResources.find((r) => r === resource);
  const resourceAction = resourceActions.find((a) => a === action);
  if (!apiResource || !resourceAction) return false;
  return isAllowed(roles, apiResource, resourceAction satisfies ResourceAction);
}

const sessionEnded = "Your session has ended. Sign in again to carry on.";

/** The second factor a half-finished sign-in waits for. */
export type SecondFactorStep = "verify" | "enrol";

/** login() rejects with this when the password was right but the second factor is still to come. */
export class SecondFactorRequired extends Error {
  constructor(readonly step: SecondFactorStep) {
    super("Finish signing in with your authenticator app.");
    this.name = "SecondFactorRequired";
  }
}

/**
 * What login() accepts, one per step: the password; a code from the authenticator app (or a
 * recovery code); or, once a new authenticator is confirmed, a request to carry on signed in.
 */
export type SignInRequest =
  LoginRequest | { code: string } | { secondFactorEnrolled: true };

/** Why the app signed the person out, so the login page can say so. */
export interface SignedOutReason {
  kind: "idle";
  idleMinutes: number;
}

export interface PortSafeAuthProvider extends AuthProvider {
  /** The step a half-finished sign-in (e.g. after a reload) waits for, or null to start afresh. */
  pendingSecondFactor(): Promise<SecondFactorStep | null>;
  startAuthenticatorEnrolment(): Promise<MfaEnrolment>;
  /** Returns the recovery codes, which the person sees this once only. */
  confirmAuthenticatorEnrolment(code: string): Promise<string[]>;
  /** Abandons a half-finished sign-in, ending its session on the server. */
  cancelSignIn(): Promise<void>;
  /** The session's timeouts; asking counts as activity, so it also keeps the session going. */
  getSessionInfo(): Promise<SessionInfo>;
  signedOutReason(): SignedOutReason | null;
}

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number } | null)?.status;
}

/** One provider per mounted app, so each app instance (and each test) starts signed out. */
export function createAuthProvider(): PortSafeAuthProvider {
  /** The session as the server last described it, second factor done or not. */
  let session: CurrentUser | null = null;
  let pendingMe: Promise<CurrentUser> | null = null;
  let lastSignOut: SignedOutReason | null = null;

  const isSignedIn = () => session?.mfa === "done";

  /** Asks the API who the session belongs to; concurrent callers share one request. */
  function fetchMe(): Promise<CurrentUser> {
    pendingMe ??= fetchSignedInUser()
      .then((user) => {
        session = user;
        return user;
      })
      .catch((error: unknown) => {
        session = null;
        throw error;
      })
      .finally(() => {
        pendingMe = null;
      });
    return pendingMe;
  }

  /** The fully signed-in user; a session still waiting for its second factor does not count. */
  async function me(): Promise<CurrentUser> {
    const user = isSignedIn() && session ? session : await fetchMe();
    if (user.mfa !== "done") throw { status: 401, message: sessionEnded };
    return user;
  }

  function signInWith(request: SignInRequest): Promise<CurrentUser> {
    if ("password" in request) {
      session = null;
      return submitPassword(request);
    }
    if ("code" in request) return submitSecondFactorCode(request.code);
    return fetchMe();
  }

  return {
    async login(request: SignInRequest) {
      const user = await signInWith(request);
      session = user;
      if (user.mfa !== "done") throw new SecondFactorRequired(user.mfa);
      lastSignOut = null;
    },

    async logout(params?: { reason?: SignedOutReason }) {
      if (params?.reason) lastSignOut = params.reason;
      // react-admin also calls logout when checkAuth sends someone back to the login page to
      // finish the second factor; their half-finished session must survive that.
      if (!isSignedIn()) return;
      session = null;
      await endServerSession();
    },

    /** Called on every navigation: re-checks the session so an expired one sends the user to sign in. */
    async checkAuth() {
      const wasSignedIn = isSignedIn();
      let user: CurrentUser;
      try {
        user = await fetchMe();
      } catch (error) {
        if (statusOf(error) !== 401) throw error;
        // Arriving signed out is normal: go to the login page without an error message.
        throw { message: wasSignedIn ? sessionEnded : false };
      }
      // Password accepted, second factor still to come: the login page shows that step.
      if (user.mfa !== "done") throw { message: false };
    },

    async checkError(error: { status?: number } | undefined) {
      if (error?.status === 401) {
        session = null;
        throw new Error(sessionEnded);
      }
      // 403 and everything else: stay signed in and let the page show the error.
    },

    async getIdentity() {
      const user = await me();
      return { id: user.id, fullName: user.displayName };
    },

    async getPermissions() {
      return (await me()).roles;
    },

    async canAccess({ resource, action }) {
      const user = await me();
      return canRolesAccess(user.roles, resource, action);
    },

    async pendingSecondFactor() {
      try {
        const user = await fetchMe();
        return user.mfa === "done" ? null : user.mfa;
      } catch {
        return null;
      }
    },

    startAuthenticatorEnrolment,
    confirmAuthenticatorEnrolment,

    async cancelSignIn() {
      session = null;
      await endServerSession();
    },

    getSessionInfo: fetchSessionInfo,

    signedOutReason: () => lastSignOut,
  };
}
