// Runs a bulk action on exactly the selected reports, each at the version the officer saw. The
// server applies all or nothing: if any one changed meanwhile, nothing changes and we say so.
import { useState } from "react";
import {
  HttpError,
  useDataProvider,
  useListContext,
  useNotify,
} from "react-admin";
import { problemMessage } from "../../common/problems";
import type { BulkAction, Report } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { useReplaceReport } from "./useReplaceReport";

type BulkRequest = BulkAction extends infer A
  ? A extends BulkAction
    ? Omit<A, "items">
    : never
  : never;

export function useBulkReportAction() {
  const api = usePortSafeApi();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const replaceReports = useReplaceReport();
  const { data, selectedIds, onUnselectItems } = useListContext<Report>();
  const [isPending, setPending] = useState(false);

  /** The selected reports with their versions; any selected on another page are read again. */
  async function selectedItems(): Promise<{ id: string; version: number }[]> {
    const onPage = new Map((data ?? []).map((report) => [report.id, report]));
    const elsewhere = selectedIds.filter((id) => !onPage.has(String(id)));
    const fetched = elsewhere.length
      ? (await dataProvider.getMany<Report>("reports", { ids: elsewhere })).data
      : [];
    for (const report of fetched) onPage.set(report.id, report);
    return selectedIds.flatMap((id) => {
      const report = onPage.get(String(id));
      return report ? [{ id: report.id, version: report.version }] : [];
    });
  }

  async function run(request: BulkRequest): Promise<boolean> {
    setPending(true);
    try {
      const items = await selectedItems();
      const updated = await api.bulkReportAction({
        ...request,
        items,
      } as BulkAction);
      notify("triage.bulk.done", {
        type: "success",
        messageArgs: { smart_count: updated.length },
      });
      onUnselectItems();
      replaceReports(...updated);
      return true;
    } catch (error) {
      if (error instanceof HttpError && error.status === 409) {
        notify("triage.bulk.stale", { type: "error", autoHideDuration: null });
        // Show the reports as they now are, so the officer can choose again.
        replaceReports();
      } else {
        notify(problemMessage(error), { type: "error" });
      }
      return false;
    } finally {
      setPending(false);
    }
  }

  return { run, isPending, count: selectedIds.length };
}
