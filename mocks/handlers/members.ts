// /api/members: the PortSafe member register, readable by every signed-in role.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  MemberListQuerySchema,
  MemberSchema,
  type Member,
  type MemberListQuery,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { anyOf, containsText, listHandler } from "./listRoute";
import { notFound } from "./problems";
import { recordHandler } from "./recordRoute";

export function memberHandlers(db: MockDb): HttpHandler[] {
  return [
    listHandler({
      path: "*/api/members",
      querySchema: MemberListQuerySchema,
      itemSchema: MemberSchema,
      deny: () => denyUnlessAllowed(db, "members", "list"),
      rows: () => db.members,
      matches: (member, query) => memberMatches(db, member, query),
      sortValue: (member, field) => member[field],
    }),
    recordHandler({
      path: "*/api/members/:id",
      idSchema: z.uuid("the member id in the address is not a valid id"),
      notFound: (id) => notFound("member", id),
      itemSchema: MemberSchema,
      deny: () => denyUnlessAllowed(db, "members", "show"),
      rows: () => db.members,
    }),
  ];
}

function memberMatches(
  db: MockDb,
  member: Member,
  query: MemberListQuery,
): boolean {
  return (
    anyOf(query.status, member.status) &&
    anyOf(query.type, member.type) &&
    anyOf(query.portId, member.portId) &&
    (query.nation === undefined ||
      query.nation.some(
        (nation) => db.portById(member.portId)?.nation === nation,
      )) &&
    containsText([member.name], query.q)
  );
}
