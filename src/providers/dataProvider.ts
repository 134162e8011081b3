// react-admin's DataProvider over the PortSafe REST API (DESIGN.md §4).
//
// Written by hand rather than with ra-data-simple-rest because our conventions differ from its:
// it pages with `range=[0,24]` and reads the total from a Content-Range header, and sends filters
// as one JSON `filter` parameter; our API takes `page`/`perPage`/`sort`/`order` plus one query key
// per filter (repeated for several values), answers `{ data, total }`, and guards every change
// with `If-Match: "<version>"` so nothing is overwritten silently.
import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  UpdateManyParams,
  UpdateParams,
} from "react-admin";
import {
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
  etagFor,
  type Account,
  type Assessment,
  type AuditEvent,
  type ListResponse,
  type Member,
  type Port,
  type Referral,
  type Report,
  type UserSummary,
} from "../domain";
import { accountMethods, auditMethods, slaSettingsMethods } from "./adminMethods";
import { analyticsMethods } from "./analyticsMethods";
import { apiFetch } from "./http";
import { managerMethods } from "./managerMethods";
import {
  referralMethods,
  reportViewerMethods,
  reportWorkflowMethods,
  type PortSafeDataProvider,
} from "./workflowMethods";

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

function checkResource(resource: string): ResourceName {
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
function acceptsIdFilter(resource: ResourceName): boolean {
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
const maxPerPage = 100;

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

type RecordOf<R extends ResourceName> = ResourceRecordMap[R];

function recordPath(resource: ResourceName, id: Identifier): string {
  return `/${resource}/${encodeURIComponent(String(id))}`;
}

async function fetchList<R extends ResourceName>(
  resource: R,
  query: URLSearchParams,
): Promise<ListResponse<RecordOf<R>>> {
  const { json } = await apiFetch<ListResponse<RecordOf<R>>>(`/${resource}`, {
    query,
  });
  return json;
}

async function fetchOne<R extends ResourceName>(
  resource: R,
  id: Identifier,
): Promise<RecordOf<R>> {
  const { json } = await apiFetch<RecordOf<R>>(recordPath(resource, id));
  return json;
}

/** PATCH with only the changed editable fields, guarded by the version they were read at. */
async function patchOne<R extends ResourceName>(
  resource: R,
  id: Identifier,
  data: Partial<RecordOf<R>>,
  previousData: RecordOf<R>,
): Promise<RecordOf<R>> {
  const patch = changedFields(resource, data, previousData);
  // Nothing changed: the API rejects an empty patch, and there is nothing to save.
  if (Object.keys(patch).length === 0) return previousData;
  if (!("version" in previousData)) {
    throw new Error(
      "This record cannot be saved because its version is unknown. Reload it and try again.",
    );
  }
  const { json } = await apiFetch<RecordOf<R>>(recordPath(resource, id), {
    method: "PATCH",
    body: patch,
    headers: { "If-Match": etagFor(previousData.version) },
  });
  return json;
}

async function deleteOne(
  resource: ResourceName,
  id: Identifier,
  version: number | undefined,
): Promise<void> {
  await apiFetch(recordPath(resource, id), {
    method: "DELETE",
    headers: version === undefined ? {} : { "If-Match": etagFor(version) },
  });
}

function versionOf(record: unknown): number | undefined {
  const version = (record as { version?: unknown } | undefined)?.version;
  return typeof version === "number" ? version : undefined;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size));
  return out;
}

/**
 * react-admin's DataProvider is generic over any record type; ours are the domain types of
 * ResourceRecordMap, checked by name at the boundary. These casts are the only place the two meet.
 */
function asRecords<T extends RaRecord>(
  records: readonly ResourceRecord[],
): T[] {
  return records as unknown as T[];
}
function asRecord<T>(record: ResourceRecord): T {
  return record as unknown as T;
}

const restMethods: DataProvider = {
  async getList<T extends RaRecord>(resource: string, params: GetListParams) {
    const name = checkResource(resource);
    const { data, total } = await fetchList(name, listQuery(name, params));
    return { data: asRecords<T>(data), total };
  },

  async getOne<T extends RaRecord>(resource: string, params: GetOneParams<T>) {
    const name = checkResource(resource);
    return { data: asRecord<T>(await fetchOne(name, params.id)) };
  },

  async getMany<T extends RaRecord>(
    resource: string,
    params: GetManyParams<T>,
  ) {
    const name = checkResource(resource);
    const ids = [...new Set(params.ids)];
    if (!acceptsIdFilter(name)) {
      const records = await Promise.all(ids.map((id) => fetchOne(name, id)));
      return { data: asRecords<T>(records) };
    }
    const pages = await Promise.all(
      chunks(ids, maxPerPage).map((slice) => {
        const query = new URLSearchParams(
          slice.map((id) => ["id", String(id)]),
        );
        query.set("perPage", String(maxPerPage));
        return fetchList(name, query);
      }),
    );
    return { data: asRecords<T>(pages.flatMap((page) => page.data)) };
  },

  async getManyReference<T extends RaRecord>(
    resource: string,
    params: GetManyReferenceParams,
  ) {
    const name = checkResource(resource);
    const filter = { ...params.filter, [params.target]: params.id };
    const { data, total } = await fetchList(
      name,
      listQuery(name, { ...params, filter }),
    );
    return { data: asRecords<T>(data), total };
  },

  async update<T extends RaRecord>(resource: string, params: UpdateParams<T>) {
    const name = checkResource(resource);
    const saved = await patchOne(
      name,
      params.id,
      params.data as Partial<ResourceRecord>,
      params.previousData as unknown as ResourceRecord,
    );
    return { data: asRecord<T>(saved) };
  },

  /** Re-reads each record so every PATCH still carries the version it was based on. */
  async updateMany<T extends RaRecord>(
    resource: string,
    params: UpdateManyParams<T>,
  ) {
    const name = checkResource(resource);
    for (const id of params.ids) {
      const current = await fetchOne(name, id);
      await patchOne(
        name,
        id,
        // Cast: spreading one member of the record union over another widens `id`.
        { ...current, ...params.data } as Partial<ResourceRecord>,
        current,
      );
    }
    return { data: params.ids };
  },

  async create<
    T extends Omit<RaRecord, "id">,
    R extends RaRecord = T & { id: Identifier },
  >(resource: string, params: CreateParams<T>) {
    const name = checkResource(resource);
    const { json } = await apiFetch<ResourceRecord>(`/${name}`, {
      method: "POST",
      body: params.data,
    });
    return { data: asRecord<R>(json) };
  },

  async delete<T extends RaRecord>(resource: string, params: DeleteParams<T>) {
    const name = checkResource(resource);
    await deleteOne(name, params.id, versionOf(params.previousData));
    // The API answers 204; react-admin wants the record that was deleted.
    return { data: params.previousData ?? ({ id: params.id } as T) };
  },

  /** Re-reads each record so every DELETE carries If-Match like a single delete does. */
  async deleteMany<T extends RaRecord>(
    resource: string,
    params: DeleteManyParams<T>,
  ) {
    const name = checkResource(resource);
    for (const id of params.ids) {
      await deleteOne(name, id, versionOf(await fetchOne(name, id)));
    }
    return { data: params.ids };
  },
};

/**
 * The REST methods plus the workflow commands, which react-admin calls "custom methods": reached
 * through useDataProvider (see usePortSafeApi) so a 401 from any of them still signs the user out.
 */
export const dataProvider: PortSafeDataProvider = {
  ...restMethods,
  ...reportWorkflowMethods,
  ...referralMethods,
  ...reportViewerMethods,
  ...accountMethods,
  ...auditMethods,
  ...slaSettingsMethods,
  ...managerMethods,
  ...analyticsMethods,
};
