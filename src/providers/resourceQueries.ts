// Which resources the app reads and how their requests are written: the list query (page, sort
// and one key per filter, as each resource's list schema in src/domain accepts) and the fields a
// PATCH may carry. Pure functions, shared by the data provider and the pages that build API URLs.
import type { GetListParams } from "react-admin";
import {
  AccountListResponseSchema,
  AccountSchema,
  AssessmentListResponseSchema,
  AssessmentSchema,
  AuditEventSchema,
  AuditListResponseSchema,
  MemberListResponseSchema,
  MemberSchema,
  PortListResponseSchema,
  PortSchema,
  ReferralListResponseSchema,
  ReferralSchema,
  ReportListResponseSchema,
  ReportSchema,
  UserSummaryListResponseSchema,
  UserSummarySchema,
  AccountListQuerySchema,
  AccountPatchSchema,
  AssessmentListQuerySchema,
  AssessmentPatchSchema,
  AuditListQuerySchema,
  MemberListQuerySchema,
  MemberPatchSchema,
  PortListQuerySchema,
  ReferralListQuerySchema,
  ReportListQuerySchema,
  ReportPatchSchema,
  UserListQuerySchema,
  type Account,
  type Assessment,
  type AuditEvent,
  type Member,
  type Port,
  type Referral,
  type Report,
  type UserSummary,
} from "../domain";

/** Every resource the app reads, with the domain type of its records. */
export interface ResourceRecordMap {
  reports: Report;
  referrals: Referral;
  members: Member;
  assessments: Assessment;
  ports: Port;
  users: UserSummary;
  accounts: Account;
  audit: AuditEvent;
}
export type ResourceName = keyof ResourceRecordMap;
export type ResourceRecord = ResourceRecordMap[ResourceName];

const resourceNames: readonly ResourceName[] = [
  "reports",
  "referrals",
  "members",
  "assessments",
  "ports",
  "users",
  "accounts",
  "audit",
];

/**
 * Each resource's record and list answers as the contract defines them: the data provider reads
 * every answer through these (see apiFetch), so a drift from the server fails loudly.
 */
export const resourceSchemas = {
  reports: { record: ReportSchema, list: ReportListResponseSchema },
  referrals: { record: ReferralSchema, list: ReferralListResponseSchema },
  members: { record: MemberSchema, list: MemberListResponseSchema },
  assessments: { record: AssessmentSchema, list: AssessmentListResponseSchema },
  ports: { record: PortSchema, list: PortListResponseSchema },
  users: { record: UserSummarySchema, list: UserSummaryListResponseSchema },
  accounts: { record: AccountSchema, list: AccountListResponseSchema },
  audit: { record: AuditEventSchema, list: AuditListResponseSchema },
} satisfies Record<ResourceName, unknown>;

export function checkResource(resource: string): ResourceName {
  const name = resourceNames.find((r) => r === resource);
  if (!name)
    throw new Error(`PortSafe Desk has no API resource called "${resource}"`);
  return name;
}

/** Each resource's list query schema: which sort fields and filters its list endpoint accepts. */
const listQuerySchemas = {
  reports: ReportListQuerySchema,
  referrals: ReferralListQuerySchema,
  members: MemberListQuerySchema,
  assessments: AssessmentListQuerySchema,
  ports: PortListQuerySchema,
  users: UserListQuerySchema,
  accounts: AccountListQuerySchema,
  audit: AuditListQuerySchema,
} satisfies Record<ResourceName, unknown>;

/**
 * The sort fields the API accepts. react-admin sorts by `id` when a component names no sort (a
 * ReferenceInput, for instance); the API would reject that with a 400, so an unknown field falls
 * back to the resource's default order instead.
 */
function acceptsSort(resource: ResourceName, field: string): boolean {
  const options: readonly string[] =
    listQuerySchemas[resource].shape.sort.unwrap().options;
  return options.includes(field);
}

/**
 * getMany asks the list endpoint for `?id=a&id=b`, but only some list endpoints take an `id`
 * filter (ports, users and reports today). For the others it reads each record, so a
 * ReferenceField still works; once the contract adds `id` to their list query, the single
 * request takes over.
 */
export function acceptsIdFilter(resource: ResourceName): boolean {
  return "id" in listQuerySchemas[resource].shape;
}

/**
 * The fields a PATCH may carry. Reports: exactly the keys of ReportPatchSchema (status moves by
 * workflow command, never by PATCH). Referrals change only by command (referralMethods), so
 * nothing of theirs is patchable here. Other resources will get their patch schemas with their
 * edit views; until then everything but the server-managed fields.
 */
const patchableFields: Partial<Record<ResourceName, readonly string[]>> = {
  reports: Object.keys(ReportPatchSchema.shape),
  members: Object.keys(MemberPatchSchema.shape),
  assessments: Object.keys(AssessmentPatchSchema.shape),
  referrals: [],
  accounts: Object.keys(AccountPatchSchema.shape),
  // The audit log is append-only: nothing of it can be changed.
  audit: [],
};
const serverManagedFields = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
]);

/** Largest page the API serves (DESIGN.md §4); getMany asks for ids in slices of this size. */
export const maxPerPage = 100;

type FilterValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly (string | number | boolean)[];

/** `page`, `perPage`, `sort`, `order`, then one key per filter; empty values are left out. */
export function listQuery(
  resource: ResourceName,
  params: Partial<GetListParams>,
): URLSearchParams {
  const query = new URLSearchParams();
  const { pagination, sort, filter = {} } = params;
  if (pagination) {
    query.set("page", String(pagination.page));
    query.set("perPage", String(pagination.perPage));
  }
  if (sort && acceptsSort(resource, sort.field)) {
    query.set("sort", sort.field);
    query.set("order", sort.order === "ASC" ? "asc" : "desc");
  }
  for (const [key, value] of Object.entries(
    filter as Record<string, FilterValue>,
  )) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (
        v === undefined ||
        v === null ||
        (typeof v === "string" && v.trim() === "")
      )
        continue;
      query.append(key, typeof v === "string" ? v.trim() : String(v));
    }
  }
  return query;
}

/** The editable fields whose value differs from the record as it was read. */
export function changedFields(
  resource: ResourceName,
  data: Record<string, unknown>,
  previousData: Record<string, unknown>,
): Record<string, unknown> {
  const allowed = patchableFields[resource];
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (allowed ? !allowed.includes(key) : serverManagedFields.has(key))
      continue;
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(previousData[key] ?? null))
      patch[key] = value;
  }
  return patch;
}
