// /api/ports: the reference ports, readable by every signed-in role.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  PortListQuerySchema,
  PortSchema,
  type Port,
  type PortListQuery,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { anyOf, containsText, listHandler } from "./listRoute";
import { notFound } from "./problems";
import { recordHandler } from "./recordRoute";

export function referenceHandlers(db: MockDb): HttpHandler[] {
  return [
    listHandler({
      path: "*/api/ports",
      querySchema: PortListQuerySchema,
      itemSchema: PortSchema,
      deny: () => denyUnlessAllowed(db, "ports", "list"),
      rows: () => db.ports,
      matches: portMatches,
      sortValue: (port, field) => port[field],
    }),
    recordHandler({
      path: "*/api/ports/:id",
      idSchema: z.string().min(1),
      notFound: (id) => notFound("port", id),
      itemSchema: PortSchema,
      deny: () => denyUnlessAllowed(db, "ports", "show"),
      rows: () => db.ports,
    }),
  ];
}

function portMatches(port: Port, query: PortListQuery): boolean {
  return (
    anyOf(query.nation, port.nation) &&
    anyOf(query.tier, port.tier) &&
    // react-admin's getMany asks for ?id=a&id=b.
    anyOf(query.id, port.id) &&
    containsText([port.name, port.unlocode], query.q)
  );
}
