// A UK or Crown-dependency port from the curated reference data (public/geo/SOURCES.md).
import { z } from "zod";
import { NationSchema, nations } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";

export const PortSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    nation: NationSchema,
    crownDependency: z.boolean(),
    lat: z.number(),
    lon: z.number(),
    unlocode: z.string(),
    /** Curator's judgement (1 = leading gateway), not an official classification. */
    tier: z.number().int().min(1).max(3),
    role: z.string(),
    territorialPoliceCode: z.string().nullable(),
    territorialPoliceForce: z.string(),
    portPoliceForce: z.string().nullable(),
  })
  .meta({ id: "Port" });
export type Port = z.infer<typeof PortSchema>;

export const portSortFields = ["name", "nation", "tier", "unlocode"] as const;

export const PortListQuerySchema = listQuerySchema(
  portSortFields,
  "name",
  {
    nation: oneOrMany(z.enum(nations)).optional(),
    tier: oneOrMany(z.coerce.number().int().min(1).max(3)).optional(),
    id: oneOrMany(z.string().min(1)).optional(),
    q: z.string().trim().min(1).max(100).optional(),
  },
  "asc",
);
export type PortListQuery = z.infer<typeof PortListQuerySchema>;

export const PortListResponseSchema = listResponseSchema(PortSchema);
