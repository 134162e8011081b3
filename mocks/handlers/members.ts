// /api/members: the PortSafe member register, readable by every signed-in role, with the
// server's filters (port, nation, territorial force, tier, type, status, review state, name) and
// its order: without an explicit `sort`, an overdue or due-soon list comes most urgent first.
import { http, type HttpHandler } from "msw";
import { z } from "zod";
import {
  MemberListQuerySchema,
  MemberListResponseSchema,
  MemberSchema,
  type AssessmentState,
  type Member,
  type MemberExportQuery,
  type MemberListQuery,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { contractResponse } from "./contractResponse";
import { anyOf, compareBy, containsText, queryObject } from "./listRoute";
import { memberNotFound } from "./memberWrites";
import { problemResponse, validationProblem } from "./problems";
import { recordHandler } from "./recordRoute";

const urgentStates: readonly AssessmentState[] = ["overdue", "due_soon"];

type MemberFilters = Omit<MemberExportQuery, "sort" | "order">;

/** The order asked for, or most urgent first for an overdue/due-soon list sent without `sort`. */
export function sortChoice(
  params: URLSearchParams,
  query: Pick<MemberListQuery, "sort" | "order" | "assessmentState">,
): Pick<MemberListQuery, "sort" | "order"> {
  if (
    params.has("sort") ||
    !query.assessmentState?.some((state) => urgentStates.includes(state))
  )
    return { sort: query.sort, order: query.order };
  return { sort: "nextReviewDue", order: "asc" };
}

function memberMatches(
  db: MockDb,
  member: Member,
  query: MemberFilters,
): boolean {
  const port = db.portById(member.portId);
  return (
    anyOf(query.status, member.status) &&
    anyOf(query.type, member.type) &&
    anyOf(query.portId, member.portId) &&
    (query.nation === undefined ||
      (port !== undefined && query.nation.includes(port.nation))) &&
    (query.force === undefined ||
      (port !== undefined &&
        query.force.includes(port.territorialPoliceForce))) &&
    (query.tier === undefined ||
      (port !== undefined && query.tier.includes(port.tier))) &&
    anyOf(query.assessmentState, member.assessmentState) &&
    containsText([member.name], query.q)
  );
}

/** Every member the filters match, in the chosen order (the list pages it, the export takes all). */
export function matchingMembers(
  db: MockDb,
  query: MemberFilters,
  { sort, order }: Pick<MemberListQuery, "sort" | "order">,
): Member[] {
  return db.members
    .filter((member) => memberMatches(db, member, query))
    .sort(compareBy((member) => member[sort], order));
}

export function memberHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get("*/api/members", ({ request }) => {
      const denied = denyUnlessAllowed(db, "members", "list");
      if (denied) return denied;
      const params = new URL(request.url).searchParams;
      const parsed = MemberListQuerySchema.safeParse(queryObject(params));
      if (!parsed.success)
        return problemResponse(validationProblem("query", parsed.error));
      const query = parsed.data;
      const rows = matchingMembers(db, query, sortChoice(params, query));
      const start = (query.page - 1) * query.perPage;
      return contractResponse(MemberListResponseSchema, {
        data: rows.slice(start, start + query.perPage),
        total: rows.length,
      });
    }),
    recordHandler({
      path: "*/api/members/:id",
      idSchema: z.uuid("the member id in the address is not a valid id"),
      notFound: (id) => memberNotFound(id).problem,
      itemSchema: MemberSchema,
      deny: () => denyUnlessAllowed(db, "members", "show"),
      rows: () => db.members,
    }),
  ];
}
