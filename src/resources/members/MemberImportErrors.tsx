// The per-row report of a rejected CSV import: which row, which column, what to change.
import { useTranslate } from "react-admin";
import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from "@mui/material";
import { csvProblemPlace } from "./memberCsvFile";

export interface ImportProblem {
  field: string;
  message: string;
}

export function MemberImportErrors({
  problems,
}: {
  problems: readonly ImportProblem[];
}) {
  const translate = useTranslate();
  if (problems.length === 0) return null;
  return (
    <TableContainer sx={{ maxHeight: 360 }}>
      <Table
        size="small"
        stickyHeader
        aria-label={translate("manager.csv.problemsTable")}
      >
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {translate("manager.csv.row")}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate("manager.csv.column")}
            </TableCell>
            <TableCell component="th" scope="col">
              {translate("manager.csv.problem")}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {problems.map(({ field, message }) => {
            const { row, column } = csvProblemPlace(field);
            return (
              <TableRow key={field}>
                <TableCell>
                  {row ?? translate("manager.csv.wholeFile")}
                </TableCell>
                <TableCell>{column ?? "—"}</TableCell>
                <TableCell>{message}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
