// A short list of reports from the triage queue, linking to each report.
import type { ReactNode } from "react";
import { Link, useGetList, useTranslate } from "react-admin";
import { List, ListItem, ListItemText, Typography } from "@mui/material";
import { categoryLabels, statusLabels, type Report } from "../../domain";
import { formatDateTime } from "../../common/dates";

export function ReportListWidget({
  filter,
  order,
  empty,
  onTotal,
}: {
  filter: Record<string, unknown>;
  order: "ASC" | "DESC";
  empty: string;
  onTotal?: (total: number) => ReactNode;
}) {
  const translate = useTranslate();
  const { data, total, error, isPending } = useGetList<Report>("reports", {
    filter,
    pagination: { page: 1, perPage: 5 },
    sort: { field: "receivedAt", order },
  });
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (isPending)
    return (
      <Typography variant="body2">{translate("ra.page.loading")}</Typography>
    );
  return (
    <>
      {onTotal?.(total ?? 0)}
      {data.length === 0 ? (
        <Typography variant="body2">{empty}</Typography>
      ) : (
        <List dense disablePadding>
          {data.map((report) => (
            <ListItem key={report.id} disableGutters>
              <ListItemText
                primary={
                  <Link to={`/reports/${report.id}/show`}>
                    {report.reference}
                  </Link>
                }
                secondary={`${formatDateTime(report.receivedAt)} · ${categoryLabels[report.category]} · ${statusLabels[report.status]}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}
