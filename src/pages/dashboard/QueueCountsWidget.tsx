// Desk: how many reports wait in each queue view, each opening that view.
import { useTranslate } from "react-admin";
import { Button, Stack, Typography } from "@mui/material";
import { useNavigate } from "react-admin";
import { queueViewLabels, queueViews } from "../../domain";
import { useQueueCounts } from "../../resources/reports/useQueueCounts";
import { useQueueView } from "../../resources/reports/useQueueView";
import { DashboardCard } from "./DashboardCard";

export function QueueCountsWidget() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data, error } = useQueueCounts(true);
  const { openQueueView } = useQueueView();
  return (
    <DashboardCard title={translate("analytics.dashboard.queues")}>
      {error && <Typography color="error">{error.message}</Typography>}
      {!data && !error && (
        <Typography variant="body2">{translate("ra.page.loading")}</Typography>
      )}
      {data && (
        <Stack spacing={0.5}>
          {queueViews
            .filter((view) => view !== "closed")
            .map((view) => (
              <Button
                key={view}
                size="small"
                sx={{ justifyContent: "space-between", textTransform: "none" }}
                onClick={() => {
                  openQueueView(view);
                  navigate("/reports");
                }}
                color={
                  view === "overdue" && data[view] > 0 ? "error" : "primary"
                }
              >
                <span>{queueViewLabels[view]}</span>
                <strong>{data[view].toLocaleString("en-GB")}</strong>
              </Button>
            ))}
        </Stack>
      )}
    </DashboardCard>
  );
}
