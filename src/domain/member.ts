// A PortSafe member: an organisation registered with JMSC, at a port.
import { z } from "zod";
import { MemberStatusSchema, MemberTypeSchema, nations } from "./enums";
import { listQuerySchema, listResponseSchema, oneOrMany } from "./list";

const isoDate = z.iso.date();

export const MemberSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: MemberTypeSchema,
    portId: z.string(),
    /** The PFSO or security manager JMSC deals with. */
    contactName: z.string(),
    contactRole: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string().nullable(),
    joinedOn: isoDate,
    assetPackIssued: z.boolean(),
    actAccess: z.boolean(),
    newsletter: z.boolean(),
    status: MemberStatusSchema,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    version: z.number().int().min(1),
  })
  .meta({ id: "Member" });
export type Member = z.infer<typeof MemberSchema>;

export const memberSortFields = ["name", "joinedOn", "type", "status", "portId"] as const;

export const MemberListQuerySchema = listQuerySchema(memberSortFields, "name", {
  status: oneOrMany(MemberStatusSchema).optional(),
  type: oneOrMany(MemberTypeSchema).optional(),
  portId: oneOrMany(z.string().min(1)).optional(),
  nation: oneOrMany(z.enum(nations)).optional(),
  q: z.string().trim().min(1).max(100).optional(),
}, "asc");
export type MemberListQuery = z.infer<typeof MemberListQuerySchema>;

export const MemberListResponseSchema = listResponseSchema(MemberSchema);
