// /api/accounts (server/routes/accounts.ts): the administrator's user management. Accounts are
// the demo users plus any created here; a new account also appears in /api/users.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  AccountCreateSchema,
  AccountListQuerySchema,
  AccountPatchSchema,
  AccountSchema,
  PasswordResetSchema,
  etagFor,
  type Account,
  type AccountListQuery,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { requireIfMatch } from "./ifMatch";
import { anyOf, containsText, listHandler } from "./listRoute";
import { accountState, accountsOf, toAccount } from "./mockAccounts";
import { mockPasswordProblem } from "./mockPasswordPolicy";
import { fail, failField, notFound } from "./problems";
import { recordHandler } from "./recordRoute";

const IdParams = z.object({
  id: z.uuid("the account id in the address is not a valid id"),
});

function checkPassword(
  password: string,
  username: string,
  displayName: string,
): void {
  const message = mockPasswordProblem(password, [
    username,
    ...displayName.split(/\s+/),
  ]);
  if (message) failField("password", message, `password: ${message}`);
}

function findUser(db: MockDb, id: string) {
  const user = db.userById(id);
  if (!user) fail(404, "not_found", `There is no account with id ${id}.`);
  return user;
}

/** Checks If-Match against the account's version, as the server's lockAccount does. */
function checkVersion(db: MockDb, request: Request, id: string): void {
  const version = requireIfMatch(request);
  const user = findUser(db, id);
  if (accountState(db, id).version !== version) {
    fail(
      409,
      "conflict",
      `Someone else changed ${user.username}'s account after you opened it; review it and try again.`,
      {
        current: toAccount(db, user),
      },
    );
  }
}

function bump(db: MockDb, id: string): void {
  const state = accountState(db, id);
  state.version += 1;
  state.updatedAt = db.now().toISOString();
}

function saved(db: MockDb, id: string, status = 200): Response {
  const account = toAccount(db, findUser(db, id));
  return contractResponse(AccountSchema, account, {
    status,
    headers: { ETag: etagFor(account.version) },
  });
}

export function accountHandlers(db: MockDb): HttpHandler[] {
  return [
    listHandler({
      path: "*/api/accounts",
      querySchema: AccountListQuerySchema,
      itemSchema: AccountSchema,
      deny: () => denyUnlessAllowed(db, "accounts", "list"),
      rows: () => accountsOf(db),
      matches: accountMatches,
      sortValue: (account, field) => account[field],
    }),
    recordHandler({
      path: "*/api/accounts/:id",
      idSchema: IdParams.shape.id,
      notFound: (id) => notFound("account", id),
      itemSchema: AccountSchema,
      deny: () => denyUnlessAllowed(db, "accounts", "show"),
      rows: () => accountsOf(db),
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/accounts",
      deny: () => denyUnlessAllowed(db, "accounts", "create"),
      body: AccountCreateSchema,
      handle: ({ body }) => {
        checkPassword(body.password, body.username, body.displayName);
        if (db.users.some((u) => u.username === body.username)) {
          const message = "that username is taken; choose another";
          fail(409, "conflict", message, {
            errors: [{ field: "username", message }],
          });
        }
        const id = crypto.randomUUID();
        db.users.push({
          id,
          username: body.username,
          displayName: body.displayName,
          roles: [...body.roles],
        });
        const state = accountState(db, id);
        state.createdAt = state.updatedAt = db.now().toISOString();
        return saved(db, id, 201);
      },
    }),

    checkedHandler(db, {
      method: "patch",
      path: "*/api/accounts/:id",
      deny: () => denyUnlessAllowed(db, "accounts", "edit"),
      params: IdParams,
      body: AccountPatchSchema,
      handle: ({ params, body, request, user }) => {
        if (
          params.id === user.id &&
          (body.disabled === true ||
            (body.roles && !body.roles.includes("admin")))
        ) {
          const message =
            "you cannot disable your own account or remove your own admin role; ask another administrator";
          failField(body.disabled ? "disabled" : "roles", message);
        }
        checkVersion(db, request, params.id);
        const index = db.users.findIndex((u) => u.id === params.id);
        const current = db.users[index]!;
        db.users[index] = {
          ...current,
          ...(body.displayName && { displayName: body.displayName }),
          ...(body.roles && { roles: [...body.roles] }),
        };
        if (body.disabled !== undefined)
          accountState(db, params.id).disabled = body.disabled;
        bump(db, params.id);
        return saved(db, params.id);
      },
    }),

    checkedHandler(db, {
      method: "post",
      path: "*/api/accounts/:id/password",
      deny: () => denyUnlessAllowed(db, "accounts", "edit"),
      params: IdParams,
      body: PasswordResetSchema,
      handle: ({ params, body, request }) => {
        checkVersion(db, request, params.id);
        const user = findUser(db, params.id);
        checkPassword(body.password, user.username, user.displayName);
        bump(db, params.id);
        return saved(db, params.id);
      },
    }),

    checkedHandler(db, {
      method: "delete",
      path: "*/api/accounts/:id/mfa",
      deny: () => denyUnlessAllowed(db, "accounts", "edit"),
      params: IdParams,
      handle: ({ params, request }) => {
        checkVersion(db, request, params.id);
        Object.assign(accountState(db, params.id), {
          totpSecret: null,
          totpLastStep: null,
          recoveryCodes: [],
        });
        bump(db, params.id);
        return saved(db, params.id);
      },
    }),
  ];
}

function accountMatches(account: Account, query: AccountListQuery): boolean {
  return (
    (query.role === undefined ||
      account.roles.some((role) => query.role?.includes(role))) &&
    anyOf(
      query.disabled === undefined ? undefined : [query.disabled],
      account.disabled,
    ) &&
    containsText([account.username, account.displayName], query.q)
  );
}
