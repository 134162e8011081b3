// The report list filtered to chosen reports (the `id` filter): the evidence of a cross-port
// pattern, opened from the map. Shown among the active filters with a readable name, such as
// "Reports of pattern: MV Northern Tern named at 3 ports (7)", and removed like any other filter.
import { useListContext, useStore, useTranslate } from "react-admin";
import { Chip } from "@mui/material";

/** Where the page that chose the reports leaves their name for the list (memory store only). */
export const reportSelectionStoreKey = "reports.selection";

export interface ReportSelection {
  ids: readonly string[];
  /** What the reports are, e.g. "Reports of pattern: …"; shown while the filter holds these ids. */
  label: string;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** The filter's value as a list of ids (the store may hold one id as a plain string). */
function selectedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" && value ? [value] : [];
}

export function SelectedReportsFilter({
  source,
}: {
  source: "id";
  /** Read by react-admin's "Add filter" menu; the chip shows its own text. */
  label?: string;
}) {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const [selection] = useStore<ReportSelection | null>(
    reportSelectionStoreKey,
    null,
  );
  const ids = selectedIds(filterValues[source]);
  const label =
    selection && sameIds(selection.ids, ids)
      ? selection.label
      : translate("resources.reports.selection.count", {
          smart_count: ids.length,
        });
  return <Chip label={label} variant="outlined" />;
}
