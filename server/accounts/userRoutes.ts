// /api/users: colleagues' names and roles, so assignees can be shown. Managing users is the admin's
// (security hardening issue); this is read-only.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ProblemSchema,
  UserListQuerySchema,
  UserSummaryListResponseSchema,
  UserSummarySchema,
} from "../../src/domain";
import type { Database } from "../db/connect";
import { signedIn } from "../http/access";
import { problem } from "../http/problems";
import { findUser, listUsers } from "./usersRepository";
import { UserIdParams } from "../http/idParams";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};

export const userRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/users", {
    config: { access: signedIn },
    schema: {
      tags: ["users"],
      summary: "List users (names and roles)",
      querystring: UserListQuerySchema,
      response: { 200: UserSummaryListResponseSchema, ...problems },
    },
    handler: (request) => listUsers(db, request.query),
  });

  app.get("/api/users/:id", {
    config: { access: signedIn },
    schema: {
      tags: ["users"],
      summary: "One user (name and roles)",
      params: UserIdParams,
      response: { 200: UserSummarySchema, ...problems },
    },
    handler: async (request) => {
      const user = await findUser(db, request.params.id);
      if (!user)
        throw problem(
          404,
          "not_found",
          `There is no user with id ${request.params.id}.`,
        );
      return user;
    },
  });
};
