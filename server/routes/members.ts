// /api/members: the PortSafe membership register (read side; editing arrives with the managers' issue).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { MemberListQuerySchema, MemberListResponseSchema, MemberSchema, ProblemSchema, etagFor } from "../../src/domain";
import type { Database } from "../db/connect";
import { allow } from "../plugins/access";
import { problem } from "../problems";
import { findMember, listMembers } from "./membersRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

export const memberRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get("/api/members", {
    config: { access: allow("members", "list") },
    schema: { tags: ["members"], summary: "List members", querystring: MemberListQuerySchema, response: { 200: MemberListResponseSchema, ...problems } },
    handler: (request) => listMembers(db, request.query),
  });

  app.get("/api/members/:id", {
    config: { access: allow("members", "show") },
    schema: { tags: ["members"], summary: "One member", params: z.object({ id: z.uuid("the member id in the address is not a valid id") }), response: { 200: MemberSchema, ...problems } },
    handler: async (request, reply) => {
      const member = await findMember(db, request.params.id);
      if (!member) throw problem(404, "not_found", `There is no member with id ${request.params.id}.`);
      reply.header("ETag", etagFor(member.version));
      return member;
    },
  });
};
