// /api/members: the PortSafe membership register with each member's review state; managers and
// admins create and edit (with If-Match), everyone signed in reads. CSV lives in membersCsv.ts.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  MemberCreateSchema,
  MemberListQuerySchema,
  MemberListResponseSchema,
  MemberPatchSchema,
  MemberSchema,
  ProblemSchema,
  etagFor,
  type AssessmentState,
  type Member,
} from "../../src/domain";
import { auditedChange } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { requireIfMatch } from "../http/ifMatch";
import {
  findMember,
  listMembers,
  memberNotFound,
  type SortChoice,
} from "./membersRepository";
import {
  changedMemberFields,
  createMember,
  updateMember,
} from "./membersWriteRepository";
import { MemberIdParams } from "../http/idParams";

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
};
const urgentStates: readonly AssessmentState[] = ["overdue", "due_soon"];

/**
 * The order asked for; without `sort` in the address, a list of overdue or due-soon members
 * comes most urgent first and any other list by name.
 */
export function sortChoice(
  request: FastifyRequest,
  query: {
    sort: SortChoice["sort"];
    order: SortChoice["order"];
    assessmentState?: AssessmentState[];
  },
): SortChoice {
  const sortGiven = new URL(request.url, "http://localhost").searchParams.has(
    "sort",
  );
  if (
    sortGiven ||
    !query.assessmentState?.some((state) => urgentStates.includes(state))
  )
    return { sort: query.sort, order: query.order };
  return { sort: "nextReviewDue", order: "asc" };
}

export const memberRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  app.get("/api/members", {
    config: { access: allow("members", "list") },
    schema: {
      tags: ["members"],
      summary:
        "List members with their review state (assessmentState=overdue lists overdue reviews, most overdue first)",
      querystring: MemberListQuerySchema,
      response: { 200: MemberListResponseSchema, ...problems },
    },
    handler: (request) =>
      listMembers(db, request.query, sortChoice(request, request.query)),
  });

  app.get("/api/members/:id", {
    config: { access: allow("members", "show") },
    schema: {
      tags: ["members"],
      summary: "One member, with its version as ETag",
      params: MemberIdParams,
      response: { 200: MemberSchema, ...problems },
    },
    handler: async (request, reply) => {
      const member = await findMember(db, request.params.id);
      if (!member) throw memberNotFound(request.params.id);
      reply.header("ETag", etagFor(member.version));
      return member;
    },
  });

  app.post("/api/members", {
    config: { access: allow("members", "create") },
    schema: {
      tags: ["members"],
      summary: "Register a member",
      body: MemberCreateSchema,
      response: { 201: MemberSchema, ...problems },
    },
    handler: async (request, reply) => {
      const member = await auditedChange(
        db,
        request,
        (tx) => createMember(tx, request.body),
        (created) => ({
          action: "member.create",
          entity: "member",
          entityId: created.id,
        }),
      );
      reply
        .code(201)
        .header("ETag", etagFor(member.version))
        .header("Location", `/api/members/${member.id}`);
      return member;
    },
  });

  app.patch("/api/members/:id", {
    config: { access: allow("members", "edit") },
    schema: {
      tags: ["members"],
      summary: "Change a member (requires If-Match)",
      params: MemberIdParams,
      headers: z.object({ "if-match": z.string().optional() }),
      body: MemberPatchSchema,
      response: {
        200: MemberSchema,
        ...problems,
        409: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatch(request.headers["if-match"]);
      const { after } = await auditedChange(
        db,
        request,
        (tx) =>
          updateMember(tx, request.params.id, expectedVersion, request.body),
        ({ before, after }) => ({
          action: "member.update",
          entity: "member",
          entityId: after.id,
          detail: {
            fields: changedMemberFields(
              before,
              after,
              Object.keys(request.body) as (keyof Member)[],
            ),
            version: after.version,
          },
        }),
      );
      reply.header("ETag", etagFor(after.version));
      return after;
    },
  });
};
