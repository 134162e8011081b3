// A row of the triage queue. react-admin's DatagridRow puts its "Select this row" label on the
// checkbox's wrapper, not on the input, so axe finds an unlabelled checkbox, and every row says
// the same thing; this row labels each checkbox with the report's reference.
import { Children, isValidElement, type MouseEvent } from "react";
import {
  DatagridCell,
  DatagridClasses,
  useCreatePath,
  useNavigate,
  useRecordContext,
  useTranslate,
  type DatagridRowProps,
} from "react-admin";
import { Checkbox, TableCell, TableRow } from "@mui/material";
import type { Report } from "../../domain";

export function ReportQueueRow({
  children,
  className,
  hasBulkActions = false,
  id,
  onToggleItem,
  selected = false,
  selectable = true,
  sx,
  style,
}: DatagridRowProps) {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  if (!record || id === undefined) return null;

  const open = () =>
    navigate(createPath({ resource: "reports", id: record.id, type: "show" }));
  const toggle = (event: MouseEvent) => {
    // The row's own click would open the report.
    event.stopPropagation();
    if (selectable) onToggleItem?.(id, event);
  };

  return (
    <TableRow
      className={`${className ?? ""} ${DatagridClasses.clickableRow} ${DatagridClasses.selectable}`}
      hover
      onClick={open}
      selected={selected}
      sx={sx}
      style={style}
    >
      {hasBulkActions && (
        <TableCell padding="checkbox">
          <Checkbox
            className={`select-item ${DatagridClasses.checkbox}`}
            checked={selectable && selected}
            disabled={!selectable}
            onClick={toggle}
            slotProps={{
              input: {
                "aria-label": translate("triage.queue.selectRow", {
                  reference: record.reference,
                }),
              },
            }}
          />
        </TableCell>
      )}
      {Children.map(children, (field, index) =>
        isValidElement<{ source?: string }>(field) ? (
          <DatagridCell
            key={`${String(id)}-${field.props.source ?? index}`}
            className={`column-${field.props.source ?? ""} ${DatagridClasses.rowCell}`}
            record={record}
            field={field}
            resource="reports"
          />
        ) : null,
      )}
    </TableRow>
  );
}
