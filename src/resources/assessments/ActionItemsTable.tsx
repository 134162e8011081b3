// The assessment's action items as a table: what, who, by when, and where it stands.
import { useRecordContext, useTranslate } from "react-admin";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { formatDate } from "../../common/dates";
import { actionItemStatusLabels, type Assessment } from "../../domain";

export function ActionItemsTable() {
  const record = useRecordContext<Assessment>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.actionItems.length === 0)
    return (
      <Typography variant="body2">
        {translate("manager.actionItems.none")}
      </Typography>
    );
  return (
    <Table
      size="small"
      aria-label={translate("resources.assessments.sections.actionItems")}
    >
      <TableHead>
        <TableRow>
          {(["description", "owner", "dueOn", "status"] as const).map((f) => (
            <TableCell key={f} component="th" scope="col">
              {translate(`manager.actionItems.${f}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {record.actionItems.map((item) => (
          <TableRow key={item.id}>
            <TableCell>{item.description}</TableCell>
            <TableCell>{item.owner}</TableCell>
            <TableCell>
              <time dateTime={item.dueOn}>{formatDate(item.dueOn)}</time>
            </TableCell>
            <TableCell>{actionItemStatusLabels[item.status]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
