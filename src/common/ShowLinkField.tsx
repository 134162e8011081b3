// A record's name as a link to its show page. Datagrid rows are clickable with a mouse but not
// reachable by keyboard; this link is how a keyboard user opens a record (DESIGN.md §8).
import type { MouseEvent } from "react";
import {
  Link,
  useCreatePath,
  useFieldValue,
  useRecordContext,
  useResourceContext,
} from "react-admin";

interface ShowLinkFieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
  /** Turns the value into the link text, e.g. an enum into its label. */
  format?: (value: string) => string;
  /** Which page the link opens; "edit" for resources without a show page (accounts). */
  page?: "show" | "edit";
}

export function ShowLinkField(props: ShowLinkFieldProps) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const value: unknown = useFieldValue(props);
  if (!record || !resource) return null;
  return (
    <Link
      to={createPath({ resource, id: record.id, type: props.page ?? "show" })}
      // The row's own click handler would navigate a second time.
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {props.format ? props.format(String(value)) : String(value ?? "")}
    </Link>
  );
}
