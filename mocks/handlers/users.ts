// /api/users: colleagues as any signed-in user may see them (enough to show an assignee).
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  UserListQuerySchema,
  UserSummarySchema,
  type UserListQuery,
  type UserSummary,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessSignedIn } from "./access";
import { anyOf, listHandler } from "./listRoute";
import { notFound } from "./problems";
import { recordHandler } from "./recordRoute";

export function userHandlers(db: MockDb): HttpHandler[] {
  return [
    listHandler({
      path: "*/api/users",
      querySchema: UserListQuerySchema,
      itemSchema: UserSummarySchema,
      deny: () => denyUnlessSignedIn(db),
      rows: () => db.users,
      matches: userMatches,
      sortValue: (user, field) => user[field],
    }),
    recordHandler({
      path: "*/api/users/:id",
      idSchema: z.uuid("the user id in the address is not a valid id"),
      notFound: (id) => notFound("user", id),
      itemSchema: UserSummarySchema,
      deny: () => denyUnlessSignedIn(db),
      rows: () => db.users,
    }),
  ];
}

function userMatches(user: UserSummary, query: UserListQuery): boolean {
  return (
    anyOf(query.id, user.id) &&
    (query.role === undefined ||
      user.roles.some((role) => query.role?.includes(role)))
  );
}
