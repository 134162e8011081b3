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
import { etagFor, type ListResponse } from "../domain";
import {
  accountMethods,
  auditMethods,
  slaSettingsMethods,
  type AccountMethods,
  type AuditMethods,
  type SlaSettingsMethods,
} from "./adminMethods";
import { analyticsMethods, type AnalyticsMethods } from "./analyticsMethods";
import { apiFetch, NoContentSchema } from "./http";
import {
  acceptsIdFilter,
  changedFields,
  checkResource,
  listQuery,
  maxPerPage,
  resourceSchemas,
  type ResourceName,
  type ResourceRecord,
  type ResourceRecordMap,
} from "./resourceQueries";
import { managerMethods, type ManagerMethods } from "./managerMethods";
import {
  referralMethods,
  reportViewerMethods,
  reportWorkflowMethods,
  type ReferralMethods,
  type ReportViewerMethods,
  type ReportWorkflowMethods,
} from "./workflowMethods";

type RecordOf<R extends ResourceName> = ResourceRecordMap[R];

function recordPath(resource: ResourceName, id: Identifier): string {
  return `/${resource}/${encodeURIComponent(String(id))}`;
}

async function fetchList<R extends ResourceName>(
  resource: R,
  query: URLSearchParams,
): Promise<ListResponse<RecordOf<R>>> {
  const { json } = await apiFetch(
    `/${resource}`,
    resourceSchemas[resource].list,
    { query },
  );
  // Each resource's list schema lists records of exactly that resource's type.
  return json as ListResponse<RecordOf<R>>;
}

async function fetchOne<R extends ResourceName>(
  resource: R,
  id: Identifier,
): Promise<RecordOf<R>> {
  const { json } = await apiFetch(
    recordPath(resource, id),
    resourceSchemas[resource].record,
  );
  return json as RecordOf<R>;
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
  const { json } = await apiFetch(
    recordPath(resource, id),
    resourceSchemas[resource].record,
    {
      method: "PATCH",
      body: patch,
      headers: { "If-Match": etagFor(previousData.version) },
    },
  );
  return json as RecordOf<R>;
}

async function deleteOne(
  resource: ResourceName,
  id: Identifier,
  version: number | undefined,
): Promise<void> {
  await apiFetch(recordPath(resource, id), NoContentSchema, {
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
    const { json } = await apiFetch(`/${name}`, resourceSchemas[name].record, {
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

/** react-admin's REST methods and every command of the API, one typed provider. */
export type PortSafeDataProvider = DataProvider &
  ReportWorkflowMethods &
  ReferralMethods &
  ReportViewerMethods &
  AccountMethods &
  AuditMethods &
  SlaSettingsMethods &
  ManagerMethods &
  AnalyticsMethods;

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
