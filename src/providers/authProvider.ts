// react-admin's AuthProvider over the cookie session of the PortSafe API (DESIGN.md §4, §7).
// The signed-in user is cached in memory only: nothing about the session is written to storage.
import type { AuthProvider } from "react-admin";
import {
  CurrentUserSchema,
  isAllowed,
  permissions,
  resourceActions,
  type ApiResource,
  type CurrentUser,
  type LoginRequest,
  type ResourceAction,
  type Role,
} from "../domain";
import { apiFetch } from "./http";

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

/** One provider per mounted app, so each app instance (and each test) starts signed out. */
export function createAuthProvider(): AuthProvider {
  let currentUser: CurrentUser | null = null;
  let pendingMe: Promise<CurrentUser> | null = null;

  /** Asks the API who the session belongs to; concurrent callers share one request. */
  function fetchMe(): Promise<CurrentUser> {
    pendingMe ??= apiFetch<unknown>("/auth/me")
      .then(({ json }) => {
        currentUser = CurrentUserSchema.parse(json);
        return currentUser;
      })
      .catch((error: unknown) => {
        currentUser = null;
        throw error;
      })
      .finally(() => {
        pendingMe = null;
      });
    return pendingMe;
  }

  async function me(): Promise<CurrentUser> {
    return currentUser ?? fetchMe();
  }

  return {
    async login({ username, password }: LoginRequest) {
      currentUser = null;
      // A wrong password is a 401 whose `detail` the login form shows as it is.
      const { json } = await apiFetch<unknown>("/auth/login", {
        method: "POST",
        body: { username, password },
      });
      const parsed = CurrentUserSchema.safeParse(json);
      currentUser = parsed.success ? parsed.data : await fetchMe();
    },

    async logout() {
      const wasSignedIn = currentUser !== null;
      currentUser = null;
      if (!wasSignedIn) return;
      try {
        await apiFetch("/auth/logout", { method: "POST" });
      } catch {
        // The session may already have expired on the server; the user is signed out either way.
      }
    },

    /** Called on every navigation: re-checks the session so an expired one sends the user to sign in. */
    async checkAuth() {
      const wasSignedIn = currentUser !== null;
      try {
        await fetchMe();
      } catch (error) {
        if ((error as { status?: number }).status !== 401) throw error;
        // Arriving signed out is normal: go to the login page without an error message.
        throw { message: wasSignedIn ? sessionEnded : false };
      }
    },

    async checkError(error: { status?: number } | undefined) {
      if (error?.status === 401) {
        currentUser = null;
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
  };
}
