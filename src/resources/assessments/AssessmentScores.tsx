// Maturity per PSeMS element (0 absent to 4 optimised) as a table, in the framework's order.
import { useRecordContext, useTranslate } from "react-admin";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { defaultPsemsElements, type Assessment } from "../../domain";

export function AssessmentScores() {
  const record = useRecordContext<Assessment>();
  const translate = useTranslate();
  if (!record) return null;
  const known = new Set(defaultPsemsElements.map((e) => e.key));
  // Elements the framework has since added or renamed still show, under their key.
  const rows = [
    ...defaultPsemsElements.map((e) => ({ key: e.key, name: e.name })),
    ...Object.keys(record.scores)
      .filter((key) => !known.has(key))
      .map((key) => ({ key, name: key })),
  ];
  if (Object.keys(record.scores).length === 0) {
    return (
      <Typography variant="body2">
        {translate("resources.assessments.scores.none")}
      </Typography>
    );
  }
  return (
    <Table
      size="small"
      sx={{ maxWidth: 560 }}
      aria-label={translate("resources.assessments.sections.scores")}
    >
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate("resources.assessments.scores.element")}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {translate("resources.assessments.scores.maturity")}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ key, name }) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row">
              {name}
            </TableCell>
            <TableCell align="right">
              {record.scores[key] ?? "Not scored"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
