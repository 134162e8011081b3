// For react-admin Edit pages (pessimistic, If-Match): when the server answers 409 because
// someone else saved first, open the ConflictDialog with what the record was, what this person
// changed and what it is now; they take the other version or re-apply their change on top of it.
// Nothing is overwritten without that choice (DESIGN.md §4). Other errors go to the form.
import { useState, type ReactNode } from "react";
import {
  useDataProvider,
  useNotify,
  useRedirect,
  useTranslate,
  type RaRecord,
  type UpdateParams,
} from "react-admin";
import { useQueryClient } from "@tanstack/react-query";
import { changedFields, type ResourceName } from "../providers/resourceQueries";
import { ConflictDialog, type ConflictRow } from "./ConflictDialog";
import { conflictCurrent, fieldErrors, problemMessage } from "./problems";

interface VersionedRecord extends RaRecord {
  version: number;
}

export interface EditConflictOptions<T> {
  resource: ResourceName;
  /** The fields to compare, in the order the dialog lists them. */
  fields: readonly (keyof T & string)[];
  /** A value in words (a label, a date), never a raw code. */
  formatValue: (field: keyof T & string, value: unknown) => ReactNode;
  /** How the record is named in the dialog's title. */
  name: (record: T) => string;
}

interface Pending<T> {
  base: T;
  theirs: T;
  changes: Partial<T>;
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function conflictRows<T>(
  {
    fields,
    formatValue,
  }: Pick<EditConflictOptions<T>, "fields" | "formatValue">,
  { base, theirs, changes }: Pending<T>,
  label: (field: string) => string,
): ConflictRow[] {
  return fields
    .filter((field) => field in changes || !same(base[field], theirs[field]))
    .map((field) => ({
      field,
      label: label(field),
      before: formatValue(field, base[field]),
      yours: field in changes ? formatValue(field, changes[field]) : null,
      theirs: formatValue(field, theirs[field]),
    }));
}

export function useEditConflict<T extends VersionedRecord>(
  options: EditConflictOptions<T>,
) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending<T> | null>(null);
  const [isSaving, setSaving] = useState(false);
  const { resource } = options;

  const showSaved = (record: T) => {
    // react-admin's key for useGetOne(resource, { id }), so the show page has it at once.
    queryClient.setQueryData(
      [resource, "getOne", { id: String(record.id), meta: undefined }],
      record,
    );
    redirect("show", resource, record.id);
  };

  const onError = (
    error: unknown,
    variables: Partial<UpdateParams<T>> | undefined,
  ) => {
    const theirs = conflictCurrent<T>(error);
    const base = variables?.previousData;
    if (theirs && base && variables?.data) {
      const changes = changedFields(
        resource,
        variables.data as Record<string, unknown>,
        base,
      ) as Partial<T>;
      setPending({ base, theirs, changes });
      return;
    }
    // Field problems are shown next to their inputs by the form itself.
    if (fieldErrors(error)) return;
    notify(problemMessage(error), { type: "error" });
  };

  const reapply = async () => {
    if (!pending) return;
    setSaving(true);
    try {
      const { data } = await dataProvider.update<T>(resource, {
        id: pending.theirs.id,
        data: { ...pending.theirs, ...pending.changes },
        previousData: pending.theirs,
      });
      notify("triage.conflict.reapplied", { type: "success" });
      setPending(null);
      showSaved(data);
    } catch (error) {
      const newer = conflictCurrent<T>(error);
      if (newer)
        setPending({ ...pending, base: pending.theirs, theirs: newer });
      else {
        notify(problemMessage(error), {
          type: "error",
          autoHideDuration: null,
        });
        setPending(null);
      }
    } finally {
      setSaving(false);
    }
  };

  const dialog = pending && (
    <ConflictDialog
      title={translate("manager.conflict.title", {
        name: options.name(pending.theirs),
      })}
      explanation={translate("manager.conflict.explain", {
        mine: pending.base.version,
        theirs: pending.theirs.version,
      })}
      rows={conflictRows(options, pending, (field) =>
        translate(`resources.${resource}.fields.${field}`),
      )}
      isPending={isSaving}
      onUseTheirs={() => {
        setPending(null);
        showSaved(pending.theirs);
      }}
      onReapply={() => void reapply()}
    />
  );

  return { onError, dialog };
}
