// A plain, sortable data table: the accessible alternative to every chart and to the map. The
// header buttons sort; aria-sort says which column and which way. Long tables scroll inside a
// focusable region so keyboard users can scroll them too.
import { useState, type ReactNode } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
} from "@mui/material";

export interface TableColumn<Row> {
  key: string;
  label: string;
  numeric?: boolean;
  render: (row: Row) => ReactNode;
  /** What the column sorts by; a column without one does not sort. Nulls sort as lowest. */
  sortValue?: (row: Row) => string | number | null;
}

export interface SortableTableProps<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; direction: "asc" | "desc" };
  maxHeight?: number;
  /** The first column names the row: a row header for screen readers. */
  rowHeader?: boolean;
  selectedKey?: string | null;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return typeof a === "number" && typeof b === "number"
    ? a - b
    : String(a).localeCompare(String(b), "en-GB");
}

export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  maxHeight = 480,
  rowHeader = true,
  selectedKey,
}: SortableTableProps<Row>) {
  const [sort, setSort] = useState(initialSort);
  const sortColumn = columns.find((c) => c.key === sort?.key);
  const sorted =
    sort && sortColumn?.sortValue
      ? [...rows].sort((a, b) => {
          const order = compare(
            sortColumn.sortValue!(a),
            sortColumn.sortValue!(b),
          );
          return sort.direction === "asc" ? order : -order;
        })
      : rows;
  const toggle = (key: string) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === "asc" ? "desc" : "asc" }
        : { key, direction: "desc" },
    );

  return (
    <TableContainer
      tabIndex={0}
      role="region"
      aria-label={caption}
      sx={{
        maxHeight,
        "&:focus-visible": {
          outline: "3px solid",
          outlineColor: "primary.main",
        },
      }}
    >
      <Table size="small" stickyHeader>
        <caption style={{ captionSide: "top", textAlign: "left" }}>
          {caption}
        </caption>
        <TableHead>
          <TableRow>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <TableCell
                  key={column.key}
                  align={column.numeric ? "right" : "left"}
                  sortDirection={active ? sort.direction : false}
                  scope="col"
                >
                  {column.sortValue ? (
                    <TableSortLabel
                      active={active}
                      direction={active ? sort.direction : "desc"}
                      onClick={() => toggle(column.key)}
                    >
                      {column.label}
                    </TableSortLabel>
                  ) : (
                    column.label
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((row) => {
            const key = rowKey(row);
            return (
              <TableRow key={key} selected={selectedKey === key}>
                {columns.map((column, index) =>
                  rowHeader && index === 0 ? (
                    <TableCell key={column.key} component="th" scope="row">
                      {column.render(row)}
                    </TableCell>
                  ) : (
                    <TableCell
                      key={column.key}
                      align={column.numeric ? "right" : "left"}
                    >
                      {column.render(row)}
                    </TableCell>
                  ),
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
