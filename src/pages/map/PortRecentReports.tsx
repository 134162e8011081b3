// The newest reports at a port in the window, linking into the triage views. Only for roles
// that may read reports (desk, analyst); managers see the port's aggregates only.
import { Link, useGetList, useTranslate } from "react-admin";
import {
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from "@mui/material";
import { formatDateTime } from "../../common/dates";
import { categoryLabels, statusLabels, type Report } from "../../domain";
import type { MapFilters } from "./useMapFilters";
import { useOpenReportList } from "./useOpenReportList";

export function PortRecentReports({
  portId,
  range,
  filters,
}: {
  portId: string;
  range: { from: string; to: string };
  filters: MapFilters;
}) {
  const translate = useTranslate();
  const openReportList = useOpenReportList();
  const filter = {
    portId: [portId],
    receivedFrom: range.from,
    receivedTo: range.to,
    category: filters.category,
    insiderType: filters.insiderType,
    status: filters.status,
    channel: filters.channel,
  };
  const { data, total, isPending, error } = useGetList<Report>("reports", {
    filter: Object.fromEntries(
      Object.entries(filter).filter(
        ([, v]) => !Array.isArray(v) || v.length > 0,
      ),
    ),
    pagination: { page: 1, perPage: 5 },
    sort: { field: "receivedAt", order: "DESC" },
  });
  if (isPending)
    return (
      <Typography variant="body2">{translate("ra.page.loading")}</Typography>
    );
  if (error)
    return (
      <Typography variant="body2" color="error">
        {translate("analytics.port.reportsError")}
      </Typography>
    );
  if (!data || data.length === 0)
    return (
      <Typography variant="body2">
        {translate("analytics.port.noReports")}
      </Typography>
    );
  return (
    <>
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
      <Button size="small" onClick={() => openReportList(filter)}>
        {translate("analytics.port.allReports", {
          smart_count: total ?? data.length,
        })}
      </Button>
    </>
  );
}
